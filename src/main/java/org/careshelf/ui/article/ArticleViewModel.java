package org.careshelf.ui.article;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careshelf.content.Article;
import org.careshelf.content.ArticleSummary;
import org.careshelf.store.ContentStore;

/**
 * The article being read: loads it off the FX thread and publishes it on the FX thread, keeping
 * only the answer to the latest request.
 */
public final class ArticleViewModel {

  private final CompletableFuture<ContentStore> library;
  private final Executor background;
  private final Executor fx;
  private final ReadOnlyObjectWrapper<Reading> reading = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
  private long latest;

  /**
   * {@code library} completes when the library is open; {@code background} runs queries and {@code
   * fx} runs their results on the FX thread.
   */
  public ArticleViewModel(
      CompletableFuture<ContentStore> library, Executor background, Executor fx) {
    this.library = library;
    this.background = background;
    this.fx = fx;
  }

  /** An article with the summaries of its related articles, ready to show. */
  public record Reading(Article article, List<ArticleSummary> related) {}

  /** The article shown, or null before the first one is opened. */
  public ReadOnlyObjectProperty<Reading> readingProperty() {
    return reading.getReadOnlyProperty();
  }

  /** A plain sentence for the reader when an article cannot be shown, or null. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Opens the article with {@code id}; the result arrives later on the FX thread. */
  public void open(String id) {
    long request = ++latest;
    library
        .thenApplyAsync(
            store -> store.article(id).map(a -> new Reading(a, store.summaries(a.related()))),
            background)
        .whenCompleteAsync((found, failure) -> show(request, id, found, failure), fx);
  }

  private void show(long request, String id, Optional<Reading> found, Throwable failure) {
    if (request != latest) {
      return;
    }
    if (failure != null) {
      message.set("This article could not be opened. Please try again, or restart CareShelf.");
    } else if (found.isEmpty()) {
      message.set("This article is not in the library any more (" + id + ").");
    } else {
      message.set(null);
      reading.set(found.get());
    }
  }
}
