package org.careshelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import org.careshelf.Fixtures;
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

  @Test
  void aCopyWithOneByteChangedIsFoundAndReplacedThoughItsStampStillMatches() throws Exception {
    Path installed = LibraryInstaller.install(dir);
    byte[] bundled = Files.readAllBytes(installed);
    try (RandomAccessFile file = new RandomAccessFile(installed.toFile(), "rw")) {
      long middle = file.length() / 2;
      file.seek(middle);
      int b = file.read();
      file.seek(middle);
      file.write(b ^ 0x01);
    }

    LibraryInstaller.install(dir);

    assertThat(Files.readAllBytes(installed)).isEqualTo(bundled);
  }

  @Test
  void anotherLibraryPutInPlaceOfTheCopyIsReplaced() throws Exception {
    Path installed = LibraryInstaller.install(dir);
    byte[] bundled = Files.readAllBytes(installed);
    Files.copy(
        Fixtures.compiledLibrary(dir.resolve("other")),
        installed,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    LibraryInstaller.install(dir);

    assertThat(Files.readAllBytes(installed)).isEqualTo(bundled);
  }

  @Test
  void theCopyIsReadableByEveryUserOfASharedFolder() throws Exception {
    Path installed = LibraryInstaller.install(dir);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(installed)))
        .isEqualTo("rw-r--r--");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(LibraryInstaller.STAMP))))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void aDataFolderThatCannotBeWrittenLeavesTheLibraryInTheReadersOwnFolder() throws Exception {
    Path notAFolder = dir.resolve("shared");
    Files.writeString(notAFolder, "a file");

    Path installed = LibraryInstaller.install(notAFolder, dir.resolve("own"));

    assertThat(installed).isEqualTo(dir.resolve("own/content.db"));
    try (LibraryReader store = LibraryReader.open(installed)) {
      assertThat(store.articleSummaries()).isNotEmpty();
    }
    assertThat(notAFolder).hasContent("a file");
  }

  @Test
  void withNoFolderToWriteTheLibraryIsReadFromATemporaryCopy() throws Exception {
    Path notAFolder = dir.resolve("shared");
    Files.writeString(notAFolder, "a file");

    Path installed = LibraryInstaller.install(notAFolder, notAFolder.resolve("own"));

    assertThat(installed.getParent().getParent())
        .isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
    try (LibraryReader store = LibraryReader.open(installed)) {
      assertThat(store.articleSummaries()).isNotEmpty();
    }
  }
}
