package org.careshelf.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The settings an administrator sets for every user of a computer, read from one plain text file at
 * start-up ({@code name = value} lines); a file that is absent sets nothing.
 */
final class SystemSettings {

  /** The environment variable that names another settings file, for trying one out. */
  static final String FILE_VARIABLE = "CARESHELF_SETTINGS";

  /** Every setting CareShelf knows, in the order the error message lists them. */
  static final List<String> KNOWN = List.of("data-dir");

  static final SystemSettings NONE = new SystemSettings(null);

  /** Far more than any settings file needs. */
  static final int MAX_BYTES = 64 * 1024;

  private final Path dataDir;

  private SystemSettings(Path dataDir) {
    this.dataDir = dataDir;
  }

  /** The data folder for every user, if the administrator chose one. */
  Optional<Path> dataDir() {
    return Optional.ofNullable(dataDir);
  }

  /** A settings file that cannot be read or has a bad line, with a message fit to show. */
  static final class Problem extends Exception {
    Problem(String message) {
      super(message);
    }
  }

  /** Where this computer's settings file is (it may not exist). */
  static Path file() {
    return forPlatform(System.getProperty("os.name", ""), System.getenv());
  }

  /**
   * The settings file for an operating system: {@code %ProgramData%\CareShelf\settings.conf} on
   * Windows, {@code /Library/Application Support/CareShelf/settings.conf} on macOS, {@code
   * /etc/careshelf/settings.conf} elsewhere, or the file {@code CARESHELF_SETTINGS} names.
   */
  static Path forPlatform(String osName, Map<String, String> env) {
    String chosen = env.get(FILE_VARIABLE);
    if (chosen != null && !chosen.isBlank()) {
      return Path.of(chosen);
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String programData = env.get("ProgramData");
      Path base =
          programData != null && !programData.isBlank()
              ? Path.of(programData)
              : Path.of("C:\\ProgramData");
      return base.resolve("CareShelf").resolve("settings.conf");
    }
    if (os.startsWith("mac")) {
      return Path.of("/Library/Application Support/CareShelf/settings.conf");
    }
    return Path.of("/etc/careshelf/settings.conf");
  }

  /** Reads {@code file}; every problem names the file and line and says how to put it right. */
  static SystemSettings load(Path file) throws Problem {
    List<String> lines = lines(file);
    if (lines == null) {
      return NONE;
    }
    Map<String, Integer> seen = new HashMap<>();
    Path dataDir = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      String where = file + ":" + (i + 1) + ": ";
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int equals = line.indexOf('=');
      if (equals < 0) {
        throw new Problem(where + "expected a setting as name = value, found '" + line + "'.");
      }
      String name = line.substring(0, equals).strip();
      String value = line.substring(equals + 1).strip();
      if (value.matches(".*\\s#.*")) {
        throw new Problem(
            where + "a comment must be on a line of its own, starting with #: '" + value + "'.");
      }
      if (!KNOWN.contains(name)) {
        throw new Problem(
            where
                + "unknown setting '"
                + name
                + "'; the settings CareShelf knows are: "
                + String.join(", ", KNOWN)
                + ".");
      }
      Integer earlier = seen.putIfAbsent(name, i + 1);
      if (earlier != null) {
        throw new Problem(where + name + " is already set on line " + earlier + "; keep one.");
      }
      if (value.isEmpty()) {
        throw new Problem(where + name + " has no value.");
      }
      switch (name) {
        case "data-dir" -> dataDir = folder(where, name, value);
        default -> throw new IllegalStateException("a known setting without a reader: " + name);
      }
    }
    return new SystemSettings(dataDir);
  }

  /**
   * The file's lines, or null when there is no file. Only a plain file of at most {@link
   * #MAX_BYTES} is read, so a device ({@code /dev/zero}) or a pipe is refused at once instead of
   * read forever; a byte-order mark, as Windows Notepad writes, is skipped.
   */
  private static List<String> lines(Path file) throws Problem {
    byte[] bytes;
    try {
      if (!Files.exists(file)) {
        return null;
      }
      if (!Files.isRegularFile(file)) {
        throw new Problem(file + ": the settings file is not a plain file.");
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new Problem(file + ": the settings file cannot be read (" + e.getMessage() + ").");
    }
    if (bytes.length > MAX_BYTES) {
      throw new Problem(
          file
              + ": the settings file is larger than "
              + MAX_BYTES / 1024
              + " KB; it needs a few"
              + " lines.");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new Problem(file + ": the settings file is not plain UTF-8 text.");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.lines().toList();
  }

  private static Path folder(String where, String name, String value) throws Problem {
    Path path;
    try {
      path = Path.of(value);
    } catch (InvalidPathException e) {
      throw new Problem(where + name + " is not a valid folder name: " + value);
    }
    if (!path.isAbsolute()) {
      throw new Problem(
          where + name + " must be a full path, starting from the top of a drive: " + value);
    }
    return path;
  }
}
