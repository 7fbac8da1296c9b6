package org.careshelf.ui.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.careshelf.Fixtures;
import org.careshelf.library.GlossaryTerm;
import org.careshelf.library.LibraryReader;
import org.careshelf.ui.Async;
import org.careshelf.ui.RecordedFailures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryViewModelTest {

  @TempDir Path dir;
  LibraryReader store;
  GlossaryViewModel model;

  @BeforeEach
  void open() {
    store = LibraryReader.open(Fixtures.compiledLibrary(dir));
    model =
        new GlossaryViewModel(
            CompletableFuture.completedFuture(store),
            new Async(Runnable::run, Runnable::run, new RecordedFailures()));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void listsEveryTermAlphabetically() {
    assertThat(model.shownTerms())
        .extracting(GlossaryTerm::term)
        .containsExactly("Antigen", "T cell");
    assertThat(model.letters()).containsExactly('A', 'T');
  }

  @Test
  void filtersByTermAliasOrDefinition() {
    model.filterProperty().set("lymphocyte");
    assertThat(model.shownTerms()).extracting(GlossaryTerm::term).containsExactly("T cell");

    model.filterProperty().set("MARKER");
    assertThat(model.shownTerms()).extracting(GlossaryTerm::term).containsExactly("Antigen");

    model.filterProperty().set("zzz");
    assertThat(model.shownTerms()).isEmpty();
  }

  @Test
  void selectingAnAliasFindsItsTermAndClearsAFilterThatHidesIt() {
    model.filterProperty().set("antigen");

    model.select("t-cell");

    assertThat(model.selectedProperty().get().term()).isEqualTo("T cell");
    assertThat(model.filterProperty().get()).isEmpty();
  }

  @Test
  void jumpsToTheFirstTermOfALetter() {
    assertThat(model.firstWith('t')).map(GlossaryTerm::term).contains("T cell");
    assertThat(model.firstWith('q')).isEmpty();
  }
}
