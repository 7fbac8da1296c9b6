package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFoldersTest {

  @TempDir Path dir;

  @Test
  void oneReadersFolderHoldsBothTheLibraryAndTheirData() {
    DataFolders folders = DataFolders.single(dir);

    assertThat(folders.library()).isEqualTo(dir);
    assertThat(folders.user()).isEqualTo(dir);
    assertThat(folders.prepareUserFolder()).isEqualTo(dir);
  }

  @Test
  void aSharedFolderGivesEachUserAFolderOfTheirOwn() throws Exception {
    DataFolders alice = DataFolders.shared(dir, "alice");
    DataFolders bob = DataFolders.shared(dir, "bob");

    assertThat(alice.library()).isEqualTo(dir);
    assertThat(alice.user()).isEqualTo(dir.resolve("users/alice"));
    assertThat(bob.user()).isEqualTo(dir.resolve("users/bob"));
    alice.prepareUserFolder();
    // Every user may make a folder in users/, none may remove or rename another's: as /tmp.
    assertThat(
            Integer.toOctalString((Integer) Files.getAttribute(dir.resolve("users"), "unix:mode")))
        .endsWith("1777");
  }

  @Test
  void aUserNameBecomesASafeFolderName() {
    assertThat(DataFolders.safeName("alice")).isEqualTo("alice");
    assertThat(DataFolders.safeName("Jo Smith")).isEqualTo("Jo_Smith");
    assertThat(DataFolders.safeName("../../etc")).isEqualTo("_._.._etc");
    assertThat(DataFolders.safeName("..")).isEqualTo("reader");
    assertThat(DataFolders.safeName("")).isEqualTo("reader");
    assertThat(DataFolders.safeName(null)).isEqualTo("reader");
    assertThat(DataFolders.safeName("DOMAIN\\jo")).isEqualTo("DOMAIN_jo");
  }

  @Test
  void theSettingsFilesFolderIsSharedAndTheCommandLinesIsOneReaders() throws Exception {
    Path settingsFile = dir.resolve("settings.conf");
    Files.writeString(settingsFile, "data-dir = " + dir.resolve("shared") + "\n");
    SystemSettings settings = SystemSettings.load(settingsFile);

    assertThat(CommandLine.parse(new String[0]).folders(settings).shared()).isTrue();
    assertThat(
            CommandLine.parse(new String[] {"--data-dir", dir.resolve("mine").toString()})
                .folders(settings))
        .isEqualTo(DataFolders.single(dir.resolve("mine")));
  }
}
