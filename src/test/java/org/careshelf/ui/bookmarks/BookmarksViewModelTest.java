package org.careshelf.ui.bookmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.LibraryContents;
import org.careshelf.library.Topic;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Async;
import org.careshelf.ui.RecordedFailures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookmarksViewModelTest {

  @TempDir Path dir;
  UserStore user;
  BookmarksViewModel model;

  @BeforeEach
  void open() {
    user = UserStore.open(dir, Clock.systemUTC());
    LibraryContents index =
        new LibraryContents(
            List.of(new Topic("side-effects", "Side effects", null, 1)),
            List.of(new ArticleSummary("icans", "ICANS", "side-effects", "")));
    model =
        new BookmarksViewModel(
            CompletableFuture.completedFuture(index),
            CompletableFuture.completedFuture(user),
            new Async(Runnable::run, Runnable::run, new RecordedFailures()));
  }

  @AfterEach
  void close() {
    user.close();
  }

  @Test
  void aBookmarkWhoseArticleLeftTheLibraryIsKeptAndMarked() {
    user.addBookmark("icans", "ICANS");
    user.addBookmark("old-article", "An article since removed");

    model.refresh();

    assertThat(model.entries()).hasSize(2);
    BookmarksViewModel.Entry gone =
        model.entries().stream()
            .filter(e -> e.bookmark().articleId().equals("old-article"))
            .findFirst()
            .orElseThrow();
    assertThat(gone.gone()).isTrue();
    assertThat(gone.bookmark().title()).isEqualTo("An article since removed");
    BookmarksViewModel.Entry present =
        model.entries().stream()
            .filter(e -> e.bookmark().articleId().equals("icans"))
            .findFirst()
            .orElseThrow();
    assertThat(present.topicTitle()).contains("Side effects");
  }

  @Test
  void notesAndRemovalAreSaved() {
    user.addBookmark("icans", "ICANS");
    model.refresh();

    model.setNote("icans", "Ask about driving");
    assertThat(user.bookmarks().get(0).note()).isEqualTo("Ask about driving");
    assertThat(model.entries().get(0).bookmark().note()).isEqualTo("Ask about driving");

    model.remove("icans");
    assertThat(model.entries()).isEmpty();
    assertThat(user.bookmarks()).isEmpty();
  }

  @Test
  void aRemovedBookmarkComesBackWithItsNoteWhereItWas() {
    user.addBookmark("icans", "ICANS");
    user.addBookmark("old-article", "An article since removed");
    model.refresh();
    String first = model.entries().get(0).bookmark().articleId();
    model.setNote(first, "Ask about driving");

    model.remove(first);
    assertThat(model.removedProperty().get().bookmark().articleId()).isEqualTo(first);
    model.undoRemove();

    assertThat(model.entries().get(0).bookmark().articleId()).isEqualTo(first);
    assertThat(model.removedProperty().get()).isNull();
    assertThat(user.bookmarks())
        .filteredOn(b -> b.articleId().equals(first))
        .singleElement()
        .satisfies(b -> assertThat(b.note()).isEqualTo("Ask about driving"));
  }
}
