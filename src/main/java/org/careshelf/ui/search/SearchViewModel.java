package org.careshelf.ui.search;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careshelf.search.SearchEngine;
import org.careshelf.search.SearchHit;
import org.careshelf.search.SearchResults;
import org.careshelf.search.TopicSuggestion;
import org.careshelf.search.WordMatcher;
import org.careshelf.ui.Async;
import org.careshelf.ui.Messages;

/**
 * The search field's model: searches as the reader types, a moment after the last key, off the FX
 * thread, and publishes only the answer to the latest query.
 */
public final class SearchViewModel {

  private final CompletableFuture<SearchEngine> engine;
  private final Async async;
  private final Async.Latest searches;
  private final Executor afterPause;
  private final BiConsumer<String, WordMatcher> openArticle;
  private final Messages messages;
  private final ReadOnlyObjectWrapper<SearchResults> results = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper asTypedLink = new ReadOnlyStringWrapper();
  private String query = "";
  private boolean openWhenFound;

  /**
   * {@code engine} completes when the library is open; {@code async} runs searches and publishes
   * their results, {@code afterPause} runs a task after the typing pause (it debounces). {@code
   * openArticle} gets the id of the article to open and the words to show in it.
   */
  public SearchViewModel(
      CompletableFuture<SearchEngine> engine,
      Async async,
      Executor afterPause,
      BiConsumer<String, WordMatcher> openArticle,
      Messages messages) {
    this.engine = engine;
    this.async = async;
    this.searches = async.latest();
    this.afterPause = afterPause;
    this.openArticle = openArticle;
    this.messages = messages;
  }

  /** The results for the text in the field, or null while it is empty. */
  public ReadOnlyObjectProperty<SearchResults> resultsProperty() {
    return results.getReadOnlyProperty();
  }

  /** True while a search for the text in the field is under way. */
  public ReadOnlyBooleanProperty searchingProperty() {
    return searching.getReadOnlyProperty();
  }

  /**
   * A sentence about the results: the spelling searched for instead, that only some words were
   * found, that nothing was found, or that search failed; null when the results speak for
   * themselves.
   */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /** The words of a link to search the original spelling, or null when nothing was corrected. */
  public ReadOnlyStringProperty asTypedLinkProperty() {
    return asTypedLink.getReadOnlyProperty();
  }

  /** The reader typed: searches for {@code text} once the typing pauses. */
  public void type(String text) {
    query = text == null ? "" : text;
    openWhenFound = false;
    long request = searches.next();
    if (query.isBlank()) {
      searching.set(false);
      show(null);
      return;
    }
    searching.set(true);
    afterPause.execute(() -> search(request, query, true));
  }

  /** Opens {@code hit}, one of the results shown, with the words searched for marked in it. */
  public void open(SearchHit hit) {
    SearchResults shown = results.get();
    if (hit != null && shown != null) {
      openArticle.accept(hit.articleId(), shown.matcher());
    }
  }

  /**
   * Opens the best result for the text in the field: now when its results are in, or as soon as
   * they are (Enter pressed before the typing pause is over searches at once).
   */
  public void openBest() {
    if (query.isBlank()) {
      return;
    }
    SearchResults shown = results.get();
    if (!searching.get() && shown != null) {
      if (!shown.hits().isEmpty()) {
        open(shown.hits().get(0));
      }
      return;
    }
    long request = searches.next();
    openWhenFound = true;
    searching.set(true);
    search(request, query, true);
  }

  /** Opens the first article of a topic offered when nothing was found. */
  public void openTopic(TopicSuggestion topic) {
    openArticle.accept(topic.firstArticleId(), WordMatcher.NONE);
  }

  /** Searches for the text in the field exactly as typed, without spelling corrections. */
  public void searchAsTyped() {
    if (query.isBlank()) {
      return;
    }
    openWhenFound = false;
    long request = searches.next();
    searching.set(true);
    search(request, query, false);
  }

  private void search(long request, String text, boolean correct) {
    searches.call(
        request,
        engine,
        e ->
            correct
                ? e.search(text, SearchEngine.DEFAULT_LIMIT)
                : e.searchAsTyped(text, SearchEngine.DEFAULT_LIMIT),
        this::arrived,
        failure -> {
          // Logged without the query: the log never holds what the reader typed.
          async.logging("search.failed").accept(failure);
          searching.set(false);
          show(null);
          notice.set(messages.get("search.failed"));
        });
  }

  private void arrived(SearchResults found) {
    searching.set(false);
    show(found);
    if (openWhenFound) {
      openWhenFound = false;
      if (!found.hits().isEmpty()) {
        openArticle.accept(found.hits().get(0).articleId(), found.matcher());
      }
    }
  }

  private void show(SearchResults found) {
    results.set(found);
    asTypedLink.set(null);
    if (found == null || found.isBlank()) {
      notice.set(null);
    } else if (found.problem() != null) {
      notice.set(found.problem());
    } else if (found.correction() != null) {
      notice.set(messages.get("search.corrected", found.correction()));
      asTypedLink.set(messages.get("search.asTyped", found.query().strip()));
    } else if (found.hits().isEmpty() && found.definition() == null) {
      notice.set(messages.get("search.nothing", found.query().strip()));
    } else if (found.hits().isEmpty()) {
      notice.set(messages.get("search.glossaryOnly"));
    } else if (!found.missing().isEmpty()) {
      notice.set(messages.get("search.notMentioned", String.join(", ", found.missing())));
    } else if (found.partial()) {
      notice.set(messages.get("search.partial"));
    } else {
      notice.set(null);
    }
  }

  /** Forgets the text, its results and any search under way: for kiosks, between readers. */
  public void reset() {
    searches.next();
    query = "";
    openWhenFound = false;
    searching.set(false);
    show(null);
  }
}
