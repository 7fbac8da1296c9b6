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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading the settings file's text and its values that name files and folders. */
final class SettingsFile {

  private SettingsFile() {}

  /**
   * The file's lines, or null when there is no file. Only a plain file of at most {@link
   * SystemSettings#MAX_BYTES} is read, so a device ({@code /dev/zero}) or a pipe is refused at once
   * instead of read forever; a byte-order mark, as Windows Notepad writes, is skipped.
   */
  static List<String> lines(Path file) throws SystemSettings.Problem {
    byte[] bytes;
    try {
      if (!Files.exists(file)) {
        return null;
      }
      if (!Files.isRegularFile(file)) {
        throw new SystemSettings.Problem(file + ": the settings file is not a plain file.");
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(SystemSettings.MAX_BYTES + 1);
      }
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new SystemSettings.Problem(
          file + ": the settings file cannot be read (" + e.getMessage() + ").");
    }
    if (bytes.length > SystemSettings.MAX_BYTES) {
      throw new SystemSettings.Problem(
          file
              + ": the settings file is larger than "
              + SystemSettings.MAX_BYTES / 1024
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
      throw new SystemSettings.Problem(file + ": the settings file is not plain UTF-8 text.");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.lines().toList();
  }

  static Path folder(String where, String name, String value) throws SystemSettings.Problem {
    Path path;
    try {
      path = Path.of(value);
    } catch (InvalidPathException e) {
      throw new SystemSettings.Problem(where + name + " is not a valid folder name: " + value);
    }
    if (!path.isAbsolute()) {
      throw new SystemSettings.Problem(
          where + name + " must be a full path, starting from the top of a drive: " + value);
    }
    return path;
  }

  /**
   * A file a setting names: a full path, or a path from the settings file's own folder, so a {@code
   * clinic.yaml} beside a settings file being tried out is found wherever it is tried.
   */
  static Path file(Path settings, String where, String name, String value)
      throws SystemSettings.Problem {
    Path path;
    try {
      path = Path.of(value);
    } catch (InvalidPathException e) {
      throw new SystemSettings.Problem(where + name + " is not a valid file name: " + value);
    }
    Path folder = settings.toAbsolutePath().getParent();
    return path.isAbsolute() || folder == null ? path : folder.resolve(path).normalize();
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
    String chosen = env.get(SystemSettings.FILE_VARIABLE);
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
}
