package org.careshelf.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.careshelf.Fixtures;
import org.careshelf.library.LibraryReader;
import org.careshelf.search.SearchEngine;
import org.careshelf.search.WordMatcher;
import org.careshelf.ui.Async;
import org.careshelf.ui.RecordedFailures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search model without a toolkit: each executor is a queue the test runs by hand. */
class SearchViewModelTest {

  static final org.careshelf.ui.Messages MESSAGES =
      org.careshelf.ui.Messages.forLocale(java.util.Locale.ENGLISH);

  @TempDir Path dir;
  LibraryReader store;
  final Steps pause = new Steps();
  final Steps background = new Steps();
  final Steps fx = new Steps();
  final List<String> opened = new ArrayList<>();
  final List<WordMatcher> openedWith = new ArrayList<>();
  SearchViewModel model;

  /** An executor that only queues its tasks until the test runs them. */
  static final class Steps implements Executor {
    final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
      tasks.add(task);
    }

    void runAll() {
      while (!tasks.isEmpty()) {
        tasks.poll().run();
      }
    }
  }

  @BeforeEach
  void open() {
    store = LibraryReader.open(Fixtures.compiledLibrary(dir));
    model =
        new SearchViewModel(
            CompletableFuture.completedFuture(SearchEngine.open(store)),
            new Async(background, fx, new RecordedFailures()),
            pause,
            (id, words) -> {
              opened.add(id);
              openedWith.add(words);
            },
            MESSAGES);
  }

  @AfterEach
  void close() {
    store.close();
  }

  void settle() {
    while (!pause.tasks.isEmpty() || !background.tasks.isEmpty() || !fx.tasks.isEmpty()) {
      pause.runAll();
      background.runAll();
      fx.runAll();
    }
  }

  @Test
  void searchesOnceTypingPausesAndOnlyForTheLastText() {
    model.type("a");
    model.type("an");
    model.type("antigen");

    assertThat(background.tasks).isEmpty();
    assertThat(model.searchingProperty().get()).isTrue();
    pause.runAll();
    assertThat(background.tasks).hasSize(1);
    settle();

    assertThat(model.resultsProperty().get().query()).isEqualTo("antigen");
    assertThat(model.resultsProperty().get().hits().get(0).articleId()).isEqualTo("second");
    assertThat(model.searchingProperty().get()).isFalse();
  }

  @Test
  void searchesOffTheFxThreadAndPublishesOnIt() {
    model.type("antigen");
    pause.runAll();

    assertThat(fx.tasks).isEmpty();
    background.runAll();
    assertThat(model.resultsProperty().get()).isNull();
    fx.runAll();
    assertThat(model.resultsProperty().get().hits()).isNotEmpty();
  }

  @Test
  void aLateAnswerToAnOlderQueryIsDropped() {
    model.type("antigen");
    pause.runAll();
    Runnable older = background.tasks.poll();
    model.type("recovery");
    settle();
    assertThat(model.resultsProperty().get().query()).isEqualTo("recovery");

    older.run();
    fx.runAll();

    assertThat(model.resultsProperty().get().query()).isEqualTo("recovery");
    assertThat(model.resultsProperty().get().hits().get(0).articleId()).isEqualTo("third");
  }

  @Test
  void clearingTheFieldClearsTheResults() {
    model.type("antigen");
    settle();
    model.type("  ");
    settle();

    assertThat(model.resultsProperty().get()).isNull();
    assertThat(model.noticeProperty().get()).isNull();
    assertThat(model.searchingProperty().get()).isFalse();
  }

  @Test
  void enterOpensTheBestResultWithTheWordsToShow() {
    model.type("recovery");
    settle();

    model.openBest();

    assertThat(opened).containsExactly("third");
    assertThat(openedWith.get(0).find("Recovery at home")).hasSize(1);
  }

  @Test
  void enterBeforeThePauseSearchesAtOnceAndOpens() {
    model.type("recovery");

    model.openBest();
    background.runAll();
    fx.runAll();

    assertThat(opened).containsExactly("third");
    pause.runAll();
    background.runAll();
    fx.runAll();
    assertThat(opened).containsExactly("third");
  }

  @Test
  void aCorrectionIsExplainedAndTheOriginalCanBeSearched() {
    model.type("antgen");
    settle();

    assertThat(model.noticeProperty().get()).isEqualTo("Showing results for \u201cantigen\u201d.");
    assertThat(model.asTypedLinkProperty().get())
        .isEqualTo("Search for \u201cantgen\u201d instead");

    model.searchAsTyped();
    settle();

    assertThat(model.resultsProperty().get().hits()).isEmpty();
    assertThat(model.asTypedLinkProperty().get()).isNull();
    assertThat(model.noticeProperty().get()).startsWith("Nothing in the library matches");
  }

  @Test
  void nothingFoundSaysSoKindlyAndOffersTopics() {
    model.type("zebra");
    settle();

    assertThat(model.noticeProperty().get())
        .isEqualTo(
            "Nothing in the library matches \u201czebra\u201d. Check the spelling, try other"
                + " words, or start from a topic:");
    assertThat(model.resultsProperty().get().suggestions()).isNotEmpty();
    model.openTopic(model.resultsProperty().get().suggestions().get(0));
    assertThat(opened).containsExactly("first");
  }

  @Test
  void aRealWordNoArticleMentionsIsNamedInsteadOfCorrected() {
    model.type("hair antigen");
    settle();

    assertThat(model.resultsProperty().get().hits()).isNotEmpty();
    assertThat(model.noticeProperty().get())
        .isEqualTo("No article mentions hair. These articles have your other words.");
  }

  @Test
  void aFailedSearchSaysSoInPlainWords() {
    SearchViewModel broken =
        new SearchViewModel(
            CompletableFuture.failedFuture(new IllegalStateException("disk")),
            new Async(background, fx, new RecordedFailures()),
            pause,
            (id, words) -> {},
            MESSAGES);
    broken.type("antigen");
    settle();

    assertThat(broken.noticeProperty().get()).startsWith("Search is not working right now.");
    assertThat(broken.searchingProperty().get()).isFalse();
  }
}
