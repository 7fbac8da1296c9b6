package org.careshelf.ui.bookmarks;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careshelf.library.LibraryContents;
import org.careshelf.library.Topic;
import org.careshelf.store.Bookmark;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Async;

/**
 * The reader's bookmarks with the topic each belongs to; a bookmark whose article has left the
 * library is kept and marked as such, never dropped.
 */
public final class BookmarksViewModel {

  private final CompletableFuture<LibraryContents> index;
  private final CompletableFuture<UserStore> user;
  private final Async async;
  private final ObservableList<Entry> entries = FXCollections.observableArrayList();
  // One wrapper for everyone: a wrapper listens to the list only weakly, so a fresh one per call
  // could be collected with the view's listener on it, and the view would stop updating.
  private final ObservableList<Entry> readOnlyEntries =
      FXCollections.unmodifiableObservableList(entries);

  /** A bookmark as listed: its topic's title when the article is still in the library. */
  public record Entry(Bookmark bookmark, Optional<String> topicTitle) {
    /** True when the bookmarked article is no longer in the library. */
    public boolean gone() {
      return topicTitle.isEmpty();
    }
  }

  public BookmarksViewModel(
      CompletableFuture<LibraryContents> index, CompletableFuture<UserStore> user, Async async) {
    this.index = index;
    this.user = user;
    this.async = async;
  }

  /** The bookmarks, newest first. */
  private final javafx.beans.property.ReadOnlyObjectWrapper<Entry> removed =
      new javafx.beans.property.ReadOnlyObjectWrapper<>();

  private int removedAt;

  public ObservableList<Entry> entries() {
    return readOnlyEntries;
  }

  /** Reads the bookmarks again; a removal can no longer be undone once the page is left. */
  public void refresh() {
    removed.set(null);
    async.call(
        index.thenCombine(user, Sources::new),
        s -> s.user().bookmarks().stream().map(b -> entry(s.index(), b)).toList(),
        entries::setAll,
        async.telling("bookmarks.failed"));
  }

  private record Sources(LibraryContents index, UserStore user) {}

  private static Entry entry(LibraryContents index, Bookmark bookmark) {
    return new Entry(
        bookmark,
        index
            .article(bookmark.articleId())
            .map(
                a ->
                    index.topicPath(a.topicId()).stream()
                        .map(Topic::title)
                        .reduce((x, y) -> x + " \u203A " + y)
                        .orElse("")));
  }

  /** Removes a bookmark; {@link #undoRemove} puts it back, note and all. */
  public void remove(String articleId) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).bookmark().articleId().equals(articleId)) {
        removedAt = i;
        removed.set(entries.remove(i));
        break;
      }
    }
    async.run(user, u -> u.removeBookmark(articleId), async.telling("notice.saveFailed"));
  }

  /** The bookmark removed last, which can still be put back; null when there is none. */
  public javafx.beans.property.ReadOnlyObjectProperty<Entry> removedProperty() {
    return removed.getReadOnlyProperty();
  }

  /** Puts back the bookmark removed last, with its note, where it was in the list. */
  public void undoRemove() {
    Entry entry = removed.get();
    if (entry == null) {
      return;
    }
    removed.set(null);
    entries.add(Math.min(removedAt, entries.size()), entry);
    Bookmark b = entry.bookmark();
    async.run(
        user,
        u -> {
          u.addBookmark(b.articleId(), b.title());
          if (b.note() != null && !b.note().isBlank()) {
            u.setNote(b.articleId(), b.note());
          }
        },
        async.telling("notice.saveFailed"));
  }

  /** Saves a bookmark's note. */
  public void setNote(String articleId, String note) {
    List<Entry> updated =
        entries.stream()
            .map(
                e ->
                    e.bookmark().articleId().equals(articleId)
                        ? new Entry(
                            new Bookmark(
                                articleId,
                                e.bookmark().title(),
                                e.bookmark().addedAt(),
                                note.strip()),
                            e.topicTitle())
                        : e)
            .toList();
    entries.setAll(updated);
    async.run(user, u -> u.setNote(articleId, note), async.telling("notice.saveFailed"));
  }
}
