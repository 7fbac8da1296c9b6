package org.careshelf.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.careshelf.Fixtures;
import org.careshelf.content.ArticleSummary;
import org.careshelf.store.ContentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleViewModelTest {

  @TempDir Path dir;
  ContentStore store;
  final List<Runnable> queued = new ArrayList<>();
  final Executor direct = Runnable::run;

  @BeforeEach
  void open() {
    store = ContentStore.open(Fixtures.compiledLibrary(dir));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void opensAnArticleWithItsRelatedTitles() {
    ArticleViewModel model =
        new ArticleViewModel(CompletableFuture.completedFuture(store), direct, direct);

    model.open("first");

    assertThat(model.readingProperty().get().article().title()).isEqualTo("The first article");
    assertThat(model.readingProperty().get().related())
        .extracting(ArticleSummary::title)
        .containsExactly("The second article");
    assertThat(model.messageProperty().get()).isNull();
  }

  @Test
  void aMissingArticleGetsAPlainMessage() {
    ArticleViewModel model =
        new ArticleViewModel(CompletableFuture.completedFuture(store), direct, direct);

    model.open("gone");

    assertThat(model.readingProperty().get()).isNull();
    assertThat(model.messageProperty().get()).contains("not in the library");
  }

  @Test
  void onlyTheLatestRequestIsShown() {
    ArticleViewModel model =
        new ArticleViewModel(CompletableFuture.completedFuture(store), direct, queued::add);

    model.open("first");
    model.open("second");
    queued.forEach(Runnable::run);

    assertThat(model.readingProperty().get().article().id()).isEqualTo("second");
  }

  @Test
  void aLibraryThatFailedToOpenGivesAMessage() {
    ArticleViewModel model =
        new ArticleViewModel(
            CompletableFuture.failedFuture(new IllegalStateException("broken")), direct, direct);

    model.open("first");

    assertThat(model.messageProperty().get()).contains("could not be opened");
  }
}
