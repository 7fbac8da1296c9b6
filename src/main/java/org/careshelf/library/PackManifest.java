package org.careshelf.library;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a library pack says of its library, the text its signature covers: the version, the day it
 * was made, its number of articles, and the size and SHA-256 of its {@code content.db}.
 *
 * <pre>
 * format = 1
 * version = 2026.12.1
 * date = 2026-12-03
 * articles = 64
 * size = 3145728
 * sha256 = 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
 * </pre>
 */
public record PackManifest(
    LibraryVersion version, LocalDate date, int articles, long size, String sha256) {

  static final String FORMAT = "1";

  /** The largest library a pack may carry: more than ten times the 10,000-article benchmark. */
  public static final long MAX_SIZE = 4L * 1024 * 1024 * 1024;

  private static final List<String> FIELDS =
      List.of("format", "version", "date", "articles", "size", "sha256");

  /** The manifest's exact bytes, which the signature covers. */
  public byte[] bytes() {
    return ("format = "
            + FORMAT
            + "\nversion = "
            + version
            + "\ndate = "
            + date
            + "\narticles = "
            + articles
            + "\nsize = "
            + size
            + "\nsha256 = "
            + sha256
            + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Reads a manifest's bytes, refusing any field missing, repeated, unknown or malformed. */
  static PackManifest parse(byte[] bytes, String pack) throws PackException {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      int equals = line.indexOf(" = ");
      String name = equals < 0 ? line : line.substring(0, equals);
      if (equals < 0
          || !FIELDS.contains(name)
          || fields.put(name, line.substring(equals + 3)) != null) {
        throw damaged(pack);
      }
    }
    if (!fields.keySet().containsAll(FIELDS)) {
      throw damaged(pack);
    }
    if (!FORMAT.equals(fields.get("format"))) {
      throw new PackException(
          pack + " was made by a newer CareShelf; update CareShelf to install it.");
    }
    try {
      LibraryVersion version =
          LibraryVersion.parse(fields.get("version")).orElseThrow(() -> damaged(pack));
      LocalDate date = LocalDate.parse(fields.get("date"));
      int articles = Integer.parseInt(fields.get("articles"));
      long size = Long.parseLong(fields.get("size"));
      String sha256 = fields.get("sha256");
      if (articles < 0 || size <= 0 || size > MAX_SIZE || !sha256.matches("[0-9a-f]{64}")) {
        throw damaged(pack);
      }
      HexFormat.of().parseHex(sha256);
      return new PackManifest(version, date, articles, size, sha256);
    } catch (NumberFormatException | DateTimeParseException e) {
      throw damaged(pack);
    }
  }

  private static PackException damaged(String pack) {
    return new PackException(pack + " is not a CareShelf library pack: its manifest is damaged.");
  }
}
