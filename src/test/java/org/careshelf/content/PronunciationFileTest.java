package org.careshelf.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.careshelf.Fixtures;
import org.careshelf.library.LibraryReader;
import org.careshelf.library.Respelling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PronunciationFileTest {

  @TempDir Path dir;

  @Test
  void aGlossaryTermOrAnArticleWordIsStoredAndReadBack() throws Exception {
    Path library = Fixtures.copyLibrary(dir.resolve("library"));
    Files.writeString(
        library.resolve(PronunciationFile.NAME),
        """
        - word: Antigen
          say: an tee jen
        - word: antigens
          say: an tee jens
        """);
    Path db = dir.resolve("content.db");

    CompileResult result = LibraryCompiler.compile(library, db);

    assertThat(result.problems()).isEmpty();
    try (LibraryReader reader = LibraryReader.open(db)) {
      assertThat(reader.respellings())
          .containsExactly(
              new Respelling("Antigen", "an tee jen"), new Respelling("antigens", "an tee jens"));
    }
  }

  @Test
  void aWordTheLibraryNeverUsesOrOneRespelledTwiceIsAProblemOnItsLine() throws Exception {
    Path library = Fixtures.copyLibrary(dir.resolve("library"));
    Files.writeString(
        library.resolve(PronunciationFile.NAME),
        """
        - word: antigen
          say: an tee jen
        - word: zebrafish
          say: zee bra fish
        - word: ANTIGEN
          say: again
        - word: antigen
        """);

    CompileResult result = LibraryCompiler.compile(library, dir.resolve("content.db"));

    assertThat(result.problems())
        .extracting(Problem::toString)
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("pronunciation.yaml:3")
                    .contains("'zebrafish' is neither a glossary term nor a word"))
        .anySatisfy(p -> assertThat(p).contains("pronunciation.yaml:5").contains("twice"))
        .anySatisfy(p -> assertThat(p).contains("pronunciation.yaml:7"));
    assertThat(Files.exists(dir.resolve("content.db"))).isFalse();
  }

  @Test
  void aLibraryWithoutTheFileHasNoRespellings() throws Exception {
    Path db = dir.resolve("content.db");
    assertThat(LibraryCompiler.compile(Fixtures.librarySource(), db).ok()).isTrue();
    try (LibraryReader reader = LibraryReader.open(db)) {
      assertThat(reader.respellings()).isEmpty();
    }
  }
}
