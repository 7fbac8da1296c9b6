package org.careshelf.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Finds the platform's per-user data folder for CareShelf. */
final class DataDirs {

  private static final String NAME = "CareShelf";

  private DataDirs() {}

  /** The default data folder on this machine. */
  static Path defaultDir() {
    return forPlatform(System.getProperty("os.name", ""), System.getenv(), userHome());
  }

  /**
   * The data folder for an operating system, given its environment: {@code %APPDATA%} on Windows,
   * {@code ~/Library/Application Support} on macOS, XDG data home elsewhere.
   */
  static Path forPlatform(String osName, Map<String, String> env, Path home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String appData = env.get("APPDATA");
      Path base = isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
      return base.resolve(NAME);
    }
    if (os.startsWith("mac")) {
      return home.resolve("Library").resolve("Application Support").resolve(NAME);
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path base =
        isSet(xdg) && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : home.resolve(".local").resolve("share");
    return base.resolve(NAME.toLowerCase(Locale.ROOT));
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  private static Path userHome() {
    return Path.of(System.getProperty("user.home"));
  }
}
