package org.careshelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryInstallerTest {

  @TempDir Path dir;

  @Test
  void copiesTheBundledLibraryIntoTheDataFolder() throws Exception {
    Path installed = LibraryInstaller.install(dir.resolve("data"));

    assertThat(installed).isEqualTo(dir.resolve("data/content.db"));
    try (LibraryReader store = LibraryReader.open(installed)) {
      assertThat(store.articleSummaries()).isNotEmpty();
    }
  }

  @Test
  void leavesAnUpToDateCopyAlone() throws Exception {
    Path installed = LibraryInstaller.install(dir);
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(installed, old);

    LibraryInstaller.install(dir);

    assertThat(Files.getLastModifiedTime(installed)).isEqualTo(old);
  }

  @Test
  void replacesACopyOfAnotherLibrary() throws Exception {
    Path installed = LibraryInstaller.install(dir);
    byte[] bundled = Files.readAllBytes(installed);
    Files.writeString(dir.resolve(LibraryInstaller.STAMP), "an older library\n");
    Files.writeString(installed, "old");

    LibraryInstaller.install(dir);

    assertThat(Files.readAllBytes(installed)).isEqualTo(bundled);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("content.db", "content.db.sha256");
    }
  }
}
