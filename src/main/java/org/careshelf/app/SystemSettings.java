package org.careshelf.app;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careshelf.library.PackKeys;
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
          "kiosk-theme",
          "clinic",
          "trusted-key");

  /** The one setting that may be given on many lines: each adds a key. */
  static final String REPEATABLE = "trusted-key";

  static final SystemSettings NONE =
      new SystemSettings(null, false, Kiosk.DEFAULTS, null, List.of());

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
  private final Path clinic;
  private final List<String> trustedKeys;

  private SystemSettings(
      Path dataDir, boolean kiosk, Kiosk kioskSettings, Path clinic, List<String> trustedKeys) {
    this.dataDir = dataDir;
    this.kiosk = kiosk;
    this.kioskSettings = kioskSettings;
    this.clinic = clinic;
    this.trustedKeys = List.copyOf(trustedKeys);
  }

  /** The clinic's details file ({@code clinic = PATH}), if the administrator named one. */
  Optional<Path> clinic() {
    return Optional.ofNullable(clinic);
  }

  /**
   * The keys whose library packs this computer installs: the project's own, built in, then each
   * {@code trusted-key} line's. Made when asked for, off the FX thread, since the JDK's key classes
   * take a moment to load; their lines were checked when the file was read.
   */
  List<PublicKey> trustedKeys() {
    List<PublicKey> keys = new ArrayList<>();
    keys.add(PackKeys.builtIn());
    for (String line : trustedKeys) {
      keys.add(
          PackKeys.publicKey(line)
              .orElseThrow(() -> new IllegalStateException("a trusted-key line read as a key")));
    }
    return keys;
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

  /**
   * A settings file that cannot be read or has bad lines: its message is the first, fit to show in
   * one line; {@link #problems} has every one, for {@code check-settings}.
   */
  static final class Problem extends Exception {
    private final List<String> problems;
    private final transient SystemSettings readable;

    Problem(String message) {
      this(List.of(message), null);
    }

    Problem(List<String> problems, SystemSettings readable) {
      super(problems.get(0));
      this.problems = List.copyOf(problems);
      this.readable = readable;
    }

    /** The settings of the good lines, so check-settings can check the clinic file as well. */
    Optional<SystemSettings> readable() {
      return Optional.ofNullable(readable);
    }

    /** Every problem, each as {@code file:line: message}. */
    List<String> problems() {
      return problems;
    }
  }

  /**
   * Reads {@code file}; every problem names the file and line and says how to put it right. A line
   * with a problem is skipped and the next read, so that one run names them all.
   */
  static SystemSettings load(Path file) throws Problem {
    List<String> lines = SettingsFile.lines(file);
    if (lines == null) {
      return NONE;
    }
    Map<String, Integer> seen = new HashMap<>();
    List<String> problems = new ArrayList<>();
    Path dataDir = null;
    boolean kiosk = false;
    Kiosk k = Kiosk.DEFAULTS;
    Path clinic = null;
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      String where = file + ":" + (i + 1) + ": ";
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
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
        Integer earlier = name.equals(REPEATABLE) ? null : seen.putIfAbsent(name, i + 1);
        if (earlier != null) {
          throw new Problem(where + name + " is already set on line " + earlier + "; keep one.");
        }
        if (value.isEmpty()) {
          throw new Problem(where + name + " has no value.");
        }
        switch (name) {
          case "data-dir" -> dataDir = SettingsFile.folder(where, name, value);
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
          case "clinic" -> clinic = SettingsFile.file(file, where, name, value);
          case "trusted-key" -> keys.add(trustedKey(where, value));
          default -> throw new IllegalStateException("a known setting without a reader: " + name);
        }
      } catch (Problem e) {
        problems.addAll(e.problems()); // and on to the next line, to name every problem
      }
    }
    SystemSettings settings = new SystemSettings(dataDir, kiosk, k, clinic, keys);
    if (!problems.isEmpty()) {
      throw new Problem(problems, settings);
    }
    return settings;
  }

  private static String trustedKey(String where, String value) throws Problem {
    if (!PackKeys.isPublicKeyText(value)) {
      throw new Problem(
          where
              + "trusted-key is a public key as 'careshelf keygen' prints it (one line"
              + " of letters and digits); this one is not.");
    }
    return value;
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
}
