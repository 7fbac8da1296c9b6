package org.careshelf.ui.article;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careshelf.library.Article;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.LibraryContents;
import org.careshelf.library.LibraryReader;
import org.careshelf.store.ReadingPlace;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Async;
import org.careshelf.ui.Messages;

/**
 * The article being read: loads it with the reader's place in it and its neighbours, keeps only the
 * answer to the latest request, and remembers the place and the bookmark.
 */
public final class ArticleViewModel {

  private final CompletableFuture<LibraryReader> library;
  private final CompletableFuture<LibraryContents> index;
  private final CompletableFuture<UserStore> user;
  private final Async async;
  private final Messages messages;
  private final Async.Latest opening;
  private final ReadOnlyObjectWrapper<Reading> reading = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
  private final ReadOnlyBooleanWrapper bookmarked = new ReadOnlyBooleanWrapper();

  /** An article ready to show: its related articles, neighbours and the saved reading place. */
  public record Reading(
      Article article,
      List<ArticleSummary> related,
      Optional<ArticleSummary> previous,
      Optional<ArticleSummary> next,
      double position,
      boolean bookmarked) {}

  public ArticleViewModel(
      CompletableFuture<LibraryReader> library,
      CompletableFuture<LibraryContents> index,
      CompletableFuture<UserStore> user,
      Async async,
      Messages messages) {
    this.library = library;
    this.index = index;
    this.user = user;
    this.async = async;
    this.messages = messages;
    this.opening = async.latest();
  }

  /** The article shown, or null before the first one is opened. */
  public ReadOnlyObjectProperty<Reading> readingProperty() {
    return reading.getReadOnlyProperty();
  }

  /** A plain sentence for the reader when an article cannot be shown, or null. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Whether the article shown is bookmarked. */
  public ReadOnlyBooleanProperty bookmarkedProperty() {
    return bookmarked.getReadOnlyProperty();
  }

  /** Opens the article with {@code id}; the result arrives later on the FX thread. */
  public void open(String id) {
    CompletableFuture<Sources> sources =
        library.thenCombine(index, Sources::new).thenCombine(user, Sources::with);
    opening.call(
        opening.next(),
        sources,
        s -> load(s, id),
        found -> show(id, found),
        failure -> {
          async.logging("article.failed").accept(failure);
          message.set(messages.get("article.failed"));
        });
  }

  private record Sources(LibraryReader store, LibraryContents index, UserStore user) {
    Sources(LibraryReader store, LibraryContents index) {
      this(store, index, null);
    }

    Sources with(UserStore user) {
      return new Sources(store, index, user);
    }
  }

  private static Optional<Reading> load(Sources s, String id) {
    Optional<Article> article = s.store().article(id);
    if (article.isEmpty()) {
      return Optional.empty();
    }
    Article a = article.get();
    double position = s.user().readingPlace(id).map(ReadingPlace::position).orElse(0.0);
    return Optional.of(
        new Reading(
            a,
            s.store().summaries(a.related()),
            s.index().previous(id),
            s.index().next(id),
            position,
            s.user().isBookmarked(id)));
  }

  private void show(String id, Optional<Reading> found) {
    if (found.isEmpty()) {
      message.set(messages.get("article.missing", id));
      return;
    }
    message.set(null);
    bookmarked.set(found.get().bookmarked());
    reading.set(found.get());
    // Opening an article makes it the one to continue, at the place it was left.
    savePosition(found.get().position());
  }

  /**
   * Remembers how far down the shown article the reader is (0 to 1): the one way a reading place is
   * saved, when an article opens, when scrolling settles and when the reader leaves it.
   */
  public void savePosition(double position) {
    Reading shown = reading.get();
    if (shown != null) {
      String id = shown.article().id();
      async.run(user, u -> u.saveReadingPlace(id, position), async.telling("notice.saveFailed"));
    }
  }

  /** Bookmarks the shown article, or removes its bookmark. */
  public void toggleBookmark() {
    Reading shown = reading.get();
    if (shown == null) {
      return;
    }
    Article article = shown.article();
    boolean add = !bookmarked.get();
    bookmarked.set(add);
    async.call(
        user,
        u -> {
          if (add) {
            u.addBookmark(article.id(), article.title());
          } else {
            u.removeBookmark(article.id());
          }
          return u.isBookmarked(article.id());
        },
        bookmarked::set,
        failure -> {
          bookmarked.set(!add);
          async.logging("bookmark.failed").accept(failure);
          message.set(messages.get("bookmark.failed"));
        });
  }

  /** Forgets the article shown and any article being opened: for kiosks, between readers. */
  public void reset() {
    opening.next();
    reading.set(null);
    message.set(null);
    bookmarked.set(false);
  }
}
