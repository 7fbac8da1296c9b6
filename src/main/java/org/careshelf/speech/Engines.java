package org.careshelf.speech;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the system's own speech at start by looking for its program on the PATH, running nothing:
 * espeak-ng, then spd-say on Linux and other Unix systems; say on macOS; Windows PowerShell (for
 * SAPI) on Windows. Never a voice over the network.
 */
public final class Engines {

  /** The systems whose speech CareShelf knows, which decides what a reader is told to install. */
  public enum Family {
    LINUX,
    MAC,
    WINDOWS;

    /** The family of the system whose {@code os.name} is {@code osName}. */
    public static Family of(String osName) {
      String name = osName.toLowerCase(Locale.ROOT);
      if (name.startsWith("windows")) {
        return WINDOWS;
      }
      return name.startsWith("mac") || name.startsWith("darwin") ? MAC : LINUX;
    }
  }

  private Engines() {}

  /** The speech of the system this runs on. */
  public static Optional<Speech> find() {
    return find(
        Family.of(System.getProperty("os.name", "")),
        Optional.ofNullable(System.getenv("PATH")).orElse(""),
        Optional.ofNullable(System.getenv("SystemRoot")).orElse(""));
  }

  /**
   * The speech of a {@code family} system whose PATH is {@code path} ({@code systemRoot}: Windows's
   * folder, where PowerShell is when the PATH misses it).
   */
  public static Optional<Speech> find(Family family, String path, String systemRoot) {
    List<Path> folders = new ArrayList<>();
    for (String folder : path.split(File.pathSeparator)) {
      if (!folder.isBlank()) {
        try {
          folders.add(Path.of(folder));
        } catch (InvalidPathException e) {
          // A PATH entry that is no path holds no program.
        }
      }
    }
    return switch (family) {
      case LINUX ->
          program(folders, "espeak-ng")
              .<Speech>map(EspeakSpeech::new)
              .or(() -> program(folders, "spd-say").map(SpdSaySpeech::new));
      case MAC -> program(folders, "say").map(MacSpeech::new);
      case WINDOWS -> {
        if (!systemRoot.isBlank()) {
          folders.add(Path.of(systemRoot, "System32", "WindowsPowerShell", "v1.0"));
        }
        yield program(folders, "powershell.exe").map(WindowsSpeech::new);
      }
    };
  }

  private static Optional<Path> program(List<Path> folders, String name) {
    for (Path folder : folders) {
      Path candidate = folder.resolve(name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
