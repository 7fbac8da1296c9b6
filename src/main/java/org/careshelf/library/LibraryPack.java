package org.careshelf.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A library pack ({@code .careshelf}): a zip of exactly three entries, {@code manifest.txt}, {@code
 * manifest.sig} (the Ed25519 signature of the manifest's bytes) and {@code content.db}. Entry names
 * are never used as paths, so a name such as {@code ../../etc/passwd} cannot write anywhere; each
 * entry is read up to its limit, the library up to the size its signed manifest gives.
 */
public final class LibraryPack {

  static final String MANIFEST = "manifest.txt";
  static final String SIGNATURE = "manifest.sig";
  static final String LIBRARY = "content.db";

  private static final Set<String> ENTRIES = Set.of(MANIFEST, SIGNATURE, LIBRARY);
  private static final int MAX_MANIFEST = 4096;
  private static final int MAX_SIGNATURE = 1024;

  /** A pack whose manifest is signed by a trusted key; its library is not yet checked. */
  public record Signed(Path file, PackManifest manifest, byte[] manifestBytes, byte[] signature) {}

  private LibraryPack() {}

  /** Writes {@code library} and its signed manifest into {@code out}, through a temporary file. */
  public static void write(Path library, PackManifest manifest, PrivateKey key, Path out)
      throws IOException {
    Path target = out.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
    try {
      try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
        byte[] bytes = manifest.bytes();
        entry(zip, MANIFEST, bytes);
        entry(zip, SIGNATURE, PackKeys.sign(key, bytes));
        zip.putNextEntry(new ZipEntry(LIBRARY));
        Files.copy(library, zip);
        zip.closeEntry();
      }
      // A pack is made to be handed out; a temporary file is readable by its owner only.
      LibraryInstaller.readableByAll(temp);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }

  /**
   * Opens {@code file} and checks that its manifest is signed by one of {@code trusted}; every
   * refusal is a {@link PackException} with one plain line.
   */
  public static Signed open(Path file, List<PublicKey> trusted) throws PackException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new PackException(file + " is not a file.");
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Map<String, ZipEntry> entries = entries(zip, name);
      if (!entries.containsKey(SIGNATURE)) {
        throw new PackException(name + " is not signed, so it cannot be trusted.");
      }
      if (!entries.keySet().equals(ENTRIES)) {
        throw notAPack(name);
      }
      byte[] manifest = read(zip, entries.get(MANIFEST), MAX_MANIFEST, name);
      byte[] signature = read(zip, entries.get(SIGNATURE), MAX_SIGNATURE, name);
      boolean signed = trusted.stream().anyMatch(k -> PackKeys.verifies(k, manifest, signature));
      if (!signed) {
        throw new PackException(
            name + " is not signed by a key this computer trusts, so it cannot be trusted.");
      }
      return new Signed(file, PackManifest.parse(manifest, name), manifest, signature);
    } catch (ZipException e) {
      throw new PackException(name + " is damaged or incomplete; copy it again.", e);
    } catch (IOException e) {
      throw new PackException(name + " cannot be read (" + e.getMessage() + ").", e);
    }
  }

  /**
   * Copies the signed pack's library into {@code target}, refusing one larger than its manifest
   * says or whose bytes do not hash to the signed SHA-256.
   */
  public static void extract(Signed pack, Path target) throws PackException {
    String name = pack.file().getFileName().toString();
    PackManifest manifest = pack.manifest();
    try (ZipFile zip = new ZipFile(pack.file().toFile())) {
      ZipEntry entry = entries(zip, name).get(LIBRARY);
      if (entry == null || entry.getSize() > manifest.size()) {
        throw changed(name);
      }
      MessageDigest digest = sha256();
      long copied;
      try (InputStream in = zip.getInputStream(entry);
          OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
        copied = copy(in, out, manifest.size(), name);
      }
      if (copied != manifest.size()
          || !HexFormat.of().formatHex(digest.digest()).equals(manifest.sha256())) {
        throw changed(name);
      }
    } catch (ZipException e) {
      throw new PackException(name + " is damaged or incomplete; copy it again.", e);
    } catch (IOException e) {
      throw new PackException(name + " cannot be read (" + e.getMessage() + ").", e);
    }
  }

  /** Copies at most {@code limit} bytes; one more is a library larger than was signed. */
  private static long copy(InputStream in, OutputStream out, long limit, String name)
      throws IOException, PackException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > limit) {
        throw changed(name);
      }
      out.write(buffer, 0, n);
    }
    return total;
  }

  /** The zip's entries by name; a name given twice is a pack someone has put together by hand. */
  private static Map<String, ZipEntry> entries(ZipFile zip, String name) throws PackException {
    Map<String, ZipEntry> entries = new HashMap<>();
    Enumeration<? extends ZipEntry> all = zip.entries();
    while (all.hasMoreElements()) {
      ZipEntry entry = all.nextElement();
      if (entries.put(entry.getName(), entry) != null || entries.size() > ENTRIES.size()) {
        throw notAPack(name);
      }
    }
    return entries;
  }

  private static byte[] read(ZipFile zip, ZipEntry entry, int limit, String name)
      throws IOException, PackException {
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw notAPack(name);
      }
      return bytes;
    }
  }

  private static PackException notAPack(String name) {
    return new PackException(name + " is not a CareShelf library pack.");
  }

  private static PackException changed(String name) {
    return new PackException(
        name + " has been changed since it was signed, so it cannot be trusted.");
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
