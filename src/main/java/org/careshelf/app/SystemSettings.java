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
import org.careshelf.ui.kiosk.KioskPin;
import org.careshelf.ui.theme.AppearanceViewModel;
import org.careshelf.ui.theme.ThemeName;

/**
 * The settings an administrator sets for every user of a computer, read from one plain text file at
 * start-up ({@code name = value} lines); a file that is absent sets nothing.
 */
final class SystemSettings {

  /** The environment variable that names another settings file, for trying one out. */
  static final String FILE_VARIABLE = "CARESHELF_SETTINGS";

  /** Every setting CareShelf knows, in the order the error message lists them. */
  static final List<String> KNOWN =
      List.of(
          "data-dir",
          "mode",
          "kiosk-idle-seconds",
          "kiosk-pin-hash",
          "kiosk-print",
          "kiosk-text-size",
          "kiosk-theme");

  static final SystemSettings NONE = new SystemSettings(null, false, Kiosk.DEFAULTS);

  /** The quiet time before "Still reading?" unless the administrator sets another. */
  static final int IDLE_SECONDS = 90;

  /** The shortest quiet time an administrator may set. */
  static final int SHORTEST_IDLE_SECONDS = 15;

  /**
   * How a kiosk behaves: its staff PIN's hash, what each new reader starts with, and whether a
   * reader may print to its default printer ({@code kiosk-print = on}; off unless set).
   */
  record Kiosk(int idleSeconds, String pinHash, int textSize, ThemeName theme, boolean print) {
    static final Kiosk DEFAULTS =
        new Kiosk(IDLE_SECONDS, null, AppearanceViewModel.SMALLEST, ThemeName.LIGHT, false);

    Kiosk(int idleSeconds, String pinHash, int textSize, ThemeName theme) {
      this(idleSeconds, pinHash, textSize, theme, false);
    }
  }

  /** Far more than any settings file needs. */
  static final int MAX_BYTES = 64 * 1024;

  private final Path dataDir;
  private final boolean kiosk;
  private final Kiosk kioskSettings;

  private SystemSettings(Path dataDir, boolean kiosk, Kiosk kioskSettings) {
    this.dataDir = dataDir;
    this.kiosk = kiosk;
    this.kioskSettings = kioskSettings;
  }

  /** The data folder for every user, if the administrator chose one. */
  Optional<Path> dataDir() {
    return Optional.ofNullable(dataDir);
  }

  /** True when the administrator chose {@code mode = kiosk}. */
  boolean kiosk() {
    return kiosk;
  }

  /** The kiosk's settings, whether or not kiosk mode is on. */
  Kiosk kioskSettings() {
    return kioskSettings;
  }

  /**
   * The kiosk's settings for a kiosk about to start; refused without a staff PIN, since nobody
   * could then close it.
   */
  Kiosk kioskToStart(Path file) throws Problem {
    if (kioskSettings.pinHash() == null) {
      throw new Problem(
          file
              + ": kiosk mode needs a staff PIN: run 'careshelf kiosk-pin', type the PIN, and"
              + " put the line it prints in this file.");
    }
    return kioskSettings;
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
    boolean kiosk = false;
    Kiosk k = Kiosk.DEFAULTS;
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
        case "mode" -> kiosk = mode(where, value);
        case "kiosk-idle-seconds" ->
            k =
                new Kiosk(
                    idleSeconds(where, value), k.pinHash(), k.textSize(), k.theme(), k.print());
        case "kiosk-pin-hash" ->
            k =
                new Kiosk(
                    k.idleSeconds(), pinHash(where, value), k.textSize(), k.theme(), k.print());
        case "kiosk-text-size" ->
            k =
                new Kiosk(
                    k.idleSeconds(), k.pinHash(), textSize(where, value), k.theme(), k.print());
        case "kiosk-theme" ->
            k =
                new Kiosk(
                    k.idleSeconds(), k.pinHash(), k.textSize(), theme(where, value), k.print());
        case "kiosk-print" ->
            k =
                new Kiosk(
                    k.idleSeconds(), k.pinHash(), k.textSize(), k.theme(), onOff(where, value));
        default -> throw new IllegalStateException("a known setting without a reader: " + name);
      }
    }
    return new SystemSettings(dataDir, kiosk, k);
  }

  private static boolean mode(String where, String value) throws Problem {
    return switch (value) {
      case "reader" -> false;
      case "kiosk" -> true;
      default -> throw new Problem(where + "mode is 'reader' or 'kiosk', not '" + value + "'.");
    };
  }

  private static boolean onOff(String where, String value) throws Problem {
    return switch (value) {
      case "on" -> true;
      case "off" -> false;
      default -> throw new Problem(where + "kiosk-print is 'on' or 'off', not '" + value + "'.");
    };
  }

  private static int idleSeconds(String where, String value) throws Problem {
    try {
      int seconds = Integer.parseInt(value);
      if (seconds >= SHORTEST_IDLE_SECONDS) {
        return seconds;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new Problem(
        where
            + "kiosk-idle-seconds is a whole number of seconds, at least "
            + SHORTEST_IDLE_SECONDS
            + ", not '"
            + value
            + "'.");
  }

  private static String pinHash(String where, String value) throws Problem {
    if (!KioskPin.isValidHash(value)) {
      throw new Problem(
          where + "kiosk-pin-hash is not one 'careshelf kiosk-pin' made; make it again.");
    }
    return value;
  }

  private static int textSize(String where, String value) throws Problem {
    try {
      int size =
          Integer.parseInt(value.endsWith("%") ? value.substring(0, value.length() - 1) : value);
      if (size >= AppearanceViewModel.SMALLEST
          && size <= AppearanceViewModel.LARGEST
          && size % AppearanceViewModel.STEP == 0) {
        return size;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new Problem(
        where
            + "kiosk-text-size is a size from "
            + AppearanceViewModel.SMALLEST
            + " to "
            + AppearanceViewModel.LARGEST
            + " in steps of "
            + AppearanceViewModel.STEP
            + ", not '"
            + value
            + "'.");
  }

  private static ThemeName theme(String where, String value) throws Problem {
    return ThemeName.of(value)
        .orElseThrow(
            () ->
                new Problem(
                    where + "kiosk-theme is light, dark or high-contrast, not '" + value + "'."));
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
