package org.careshelf.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.careshelf.Fixtures;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.LibraryContents;
import org.careshelf.library.LibraryReader;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Async;
import org.careshelf.ui.Messages;
import org.careshelf.ui.RecordedFailures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleViewModelTest {

  @TempDir Path dir;
  LibraryReader store;
  UserStore user;
  final List<Runnable> queued = new ArrayList<>();
  final Executor direct = Runnable::run;
  final Messages messages = Messages.forLocale(Locale.ENGLISH);

  @BeforeEach
  void open() {
    store = LibraryReader.open(Fixtures.compiledLibrary(dir));
    user = UserStore.open(dir.resolve("data"), Clock.systemUTC());
  }

  @AfterEach
  void close() {
    store.close();
    user.close();
  }

  final RecordedFailures failures = new RecordedFailures();

  ArticleViewModel model(Executor fx) {
    return model(CompletableFuture.completedFuture(store), fx);
  }

  ArticleViewModel model(CompletableFuture<LibraryReader> library, Executor fx) {
    CompletableFuture<LibraryContents> index =
        library.thenApply(s -> new LibraryContents(s.topics(), s.articleSummaries()));
    return new ArticleViewModel(
        library,
        index,
        CompletableFuture.completedFuture(user),
        new Async(direct, fx, failures),
        messages);
  }

  @Test
  void opensAnArticleWithItsRelatedTitlesAndNeighbours() {
    ArticleViewModel model = model(direct);

    model.open("third");

    ArticleViewModel.Reading reading = model.readingProperty().get();
    assertThat(reading.article().title()).isEqualTo("A third article");
    assertThat(reading.previous()).isEmpty();
    assertThat(reading.next()).map(ArticleSummary::id).contains("second");
    assertThat(model.messageProperty().get()).isNull();
  }

  @Test
  void relatedArticlesComeWithTheirTitles() {
    ArticleViewModel model = model(direct);

    model.open("first");

    assertThat(model.readingProperty().get().related())
        .extracting(ArticleSummary::title)
        .containsExactly("The second article");
  }

  @Test
  void aMissingArticleGetsAPlainMessage() {
    ArticleViewModel model = model(direct);

    model.open("gone");

    assertThat(model.readingProperty().get()).isNull();
    assertThat(model.messageProperty().get()).contains("not in the library");
  }

  @Test
  void onlyTheLatestRequestIsShown() {
    ArticleViewModel model = model(queued::add);

    model.open("first");
    model.open("second");
    queued.forEach(Runnable::run);

    assertThat(model.readingProperty().get().article().id()).isEqualTo("second");
  }

  @Test
  void aLibraryThatFailedToOpenGivesAMessage() {
    ArticleViewModel model =
        model(CompletableFuture.failedFuture(new IllegalStateException("broken")), direct);

    model.open("first");

    assertThat(model.messageProperty().get()).contains("could not be opened");
    assertThat(failures.logged).containsExactly("article.failed");
  }

  @Test
  void theReadingPlaceIsSavedAndRestored() {
    ArticleViewModel model = model(direct);
    model.open("first");
    model.savePosition(0.6);

    model.open("second");
    model.open("first");

    assertThat(model.readingProperty().get().position()).isEqualTo(0.6);
    assertThat(user.lastRead()).map(p -> p.articleId()).contains("first");
  }

  @Test
  void togglesTheBookmark() {
    ArticleViewModel model = model(direct);
    model.open("first");

    model.toggleBookmark();

    assertThat(model.bookmarkedProperty().get()).isTrue();
    assertThat(user.isBookmarked("first")).isTrue();
    assertThat(user.bookmarks().get(0).title()).isEqualTo("The first article");

    model.toggleBookmark();

    assertThat(model.bookmarkedProperty().get()).isFalse();
    assertThat(user.isBookmarked("first")).isFalse();
  }
}
