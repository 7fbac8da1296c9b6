package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SystemSettingsTest {

  @TempDir Path dir;

  Path file(String text) throws Exception {
    Path file = dir.resolve("settings.conf");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void aMissingFileSetsNothing() throws Exception {
    assertThat(SystemSettings.load(dir.resolve("absent.conf")).dataDir()).isEmpty();
  }

  @Test
  void readsTheDataFolderAmongCommentsAndBlankLines() throws Exception {
    Path file = file("# Kiosk in the waiting room\n\n  data-dir =  /srv/careshelf data  \n");

    assertThat(SystemSettings.load(file).dataDir()).contains(Path.of("/srv/careshelf data"));
  }

  @Test
  void anUnknownSettingNamesTheFileTheLineAndTheKnownSettings() throws Exception {
    Path file = file("# comment\ndatadir = /srv/careshelf\n");

    assertThatThrownBy(() -> SystemSettings.load(file))
        .isInstanceOf(SystemSettings.Problem.class)
        .hasMessage(
            file
                + ":2: unknown setting 'datadir'; the settings CareShelf knows are: data-dir, mode, kiosk-idle-seconds, kiosk-pin-hash, kiosk-print, kiosk-text-size, kiosk-theme, clinic, trusted-key.");
  }

  @Test
  void aLineWithoutEqualsSignIsAProblem() throws Exception {
    Path file = file("data-dir /srv/careshelf\n");

    assertThatThrownBy(() -> SystemSettings.load(file))
        .hasMessage(
            file + ":1: expected a setting as name = value, found 'data-dir /srv/careshelf'.");
  }

  @Test
  void aRelativeFolderIsAProblem() throws Exception {
    Path file = file("data-dir = careshelf\n");

    assertThatThrownBy(() -> SystemSettings.load(file))
        .hasMessageStartingWith(file + ":1: data-dir must be a full path");
  }

  @Test
  void anEmptyValueIsAProblem() throws Exception {
    Path file = file("data-dir =\n");

    assertThatThrownBy(() -> SystemSettings.load(file))
        .hasMessage(file + ":1: data-dir has no value.");
  }

  @Test
  void aSettingTwiceIsAProblem() throws Exception {
    Path file = file("data-dir = /a\ndata-dir = /b\n");

    assertThatThrownBy(() -> SystemSettings.load(file))
        .hasMessage(file + ":2: data-dir is already set on line 1; keep one.");
  }

  @Test
  void aFileThatIsNotTextIsAProblem() throws Exception {
    Path file = dir.resolve("settings.conf");
    Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 'd'});

    assertThatThrownBy(() -> SystemSettings.load(file))
        .hasMessage(file + ": the settings file is not plain UTF-8 text.");
  }

  @Test
  void theFileIsWhereEachSystemKeepsSettingsForEveryUser() {
    assertThat(SettingsFile.forPlatform("Linux", Map.of()))
        .isEqualTo(Path.of("/etc/careshelf/settings.conf"));
    assertThat(SettingsFile.forPlatform("Mac OS X", Map.of()))
        .isEqualTo(Path.of("/Library/Application Support/CareShelf/settings.conf"));
    assertThat(SettingsFile.forPlatform("Windows 11", Map.of("ProgramData", "D:\\Data")))
        .isEqualTo(Path.of("D:\\Data").resolve("CareShelf").resolve("settings.conf"));
    assertThat(SettingsFile.forPlatform("Windows 11", Map.of()))
        .isEqualTo(Path.of("C:\\ProgramData").resolve("CareShelf").resolve("settings.conf"));
  }

  @Test
  void anEnvironmentVariableNamesAnotherFile() {
    assertThat(SettingsFile.forPlatform("Linux", Map.of("CARESHELF_SETTINGS", "/tmp/try.conf")))
        .isEqualTo(Path.of("/tmp/try.conf"));
  }

  @Test
  void aByteOrderMarkAsNotepadWritesItIsSkipped() throws Exception {
    Path file = dir.resolve("settings.conf");
    Files.write(file, ("\uFEFFdata-dir = /srv/careshelf\r\n").getBytes(StandardCharsets.UTF_8));

    assertThat(SystemSettings.load(file).dataDir()).contains(Path.of("/srv/careshelf"));
  }

  @Test
  void aCommentAfterAValueIsAProblemNotPartOfTheFolder() throws Exception {
    Path file = file("data-dir = /srv/careshelf # the clinic's folder\n");

    assertThatThrownBy(() -> SystemSettings.load(file))
        .hasMessage(
            file
                + ":1: a comment must be on a line of its own, starting with #:"
                + " '/srv/careshelf # the clinic's folder'.");
  }

  @Test
  void aDeviceIsRefusedAtOnceInOneLine() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero));

    assertThatThrownBy(() -> SystemSettings.load(zero))
        .hasMessage("/dev/zero: the settings file is not a plain file.");
  }

  @Test
  @Timeout(10)
  void aPipeIsRefusedInsteadOfWaitedOn() throws Exception {
    Path fifo = dir.resolve("settings.conf");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);

    assertThatThrownBy(() -> SystemSettings.load(fifo))
        .hasMessage(fifo + ": the settings file is not a plain file.");
  }

  @Test
  void aHugeFileIsRefusedInOneLine() throws Exception {
    Path file = file("# " + "x".repeat(SystemSettings.MAX_BYTES) + "\n");

    assertThatThrownBy(() -> SystemSettings.load(file))
        .hasMessage(file + ": the settings file is larger than 64 KB; it needs a few lines.");
  }
}
