package org.careshelf.ui.home;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.careshelf.content.Clinic;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.LibraryContents;
import org.careshelf.library.LibraryInfo;
import org.careshelf.library.Topic;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Async;

/**
 * The welcome screen's content: the top-level topics, "Start here", "Continue reading" and the
 * other articles read lately, which the reader can clear.
 */
public final class HomeViewModel {

  /** The article a first-time reader is pointed to, by the convention of articles/README.md. */
  public static final String START_HERE = "start-here";

  /** How many articles "Recently read" lists besides the one to continue. */
  public static final int RECENT = 5;

  private final CompletableFuture<LibraryContents> index;
  private final CompletableFuture<UserStore> user;
  private final CompletableFuture<LibraryInfo> info;
  private final CompletableFuture<Optional<Clinic>> clinic;
  private final Async async;
  private final ReadOnlyObjectWrapper<Content> content =
      new ReadOnlyObjectWrapper<>(
          new Content(
              List.of(),
              Optional.empty(),
              Optional.empty(),
              List.of(),
              Optional.empty(),
              Optional.empty()));

  /**
   * What the home screen shows: also the reader's treatment center, when the administrator gave its
   * details, and the library's version and date.
   */
  public record Content(
      List<Topic> topics,
      Optional<ArticleSummary> startHere,
      Optional<Continue> continueReading,
      List<ArticleSummary> recent,
      Optional<Clinic> clinic,
      Optional<LibraryInfo> library) {}

  /** The article last read and how far into it the reader was (0 to 1). */
  public record Continue(ArticleSummary article, double position) {}

  /**
   * {@code info} is the library's version and date, {@code clinic} the treatment center's details
   * (empty when there are none or they could not be read); the home screen waits on neither.
   */
  public HomeViewModel(
      CompletableFuture<LibraryContents> index,
      CompletableFuture<UserStore> user,
      CompletableFuture<LibraryInfo> info,
      CompletableFuture<Optional<Clinic>> clinic,
      Async async) {
    this.index = index;
    this.user = user;
    this.info = info;
    this.clinic = clinic;
    this.async = async;
  }

  public ReadOnlyObjectProperty<Content> contentProperty() {
    return content.getReadOnlyProperty();
  }

  /** Loads the content again: "Continue reading" changes as the reader reads. */
  public void refresh() {
    // The home screen still shows its topics when the reader's own data cannot be read.
    CompletableFuture<Optional<UserStore>> reader =
        user.thenApply(Optional::of).exceptionally(failure -> Optional.empty());
    // Nor does a library whose version cannot be read keep the topics from showing.
    CompletableFuture<Optional<LibraryInfo>> about =
        info.thenApply(Optional::of).exceptionally(failure -> Optional.empty());
    async.call(
        index
            .thenCombine(reader, Sources::new)
            .thenCombine(about, (s, i) -> new Sources(s.index(), s.user(), i, Optional.empty()))
            .thenCombine(clinic, (s, c) -> new Sources(s.index(), s.user(), s.info(), c)),
        HomeViewModel::load,
        content::set,
        async.telling("library.failed"));
  }

  private record Sources(
      LibraryContents index,
      Optional<UserStore> user,
      Optional<LibraryInfo> info,
      Optional<Clinic> clinic) {
    Sources(LibraryContents index, Optional<UserStore> user) {
      this(index, user, Optional.empty(), Optional.empty());
    }
  }

  /** Forgets which articles were read and where, then shows the home screen without them. */
  public void clearHistory() {
    async.run(user, UserStore::clearHistory, async.telling("notice.saveFailed"));
    refresh();
  }

  private static Content load(Sources s) {
    List<ArticleSummary> read = new java.util.ArrayList<>();
    Optional<Continue> last = Optional.empty();
    for (var place : s.user().map(u -> u.recentlyRead(RECENT + 1)).orElse(List.of())) {
      Optional<ArticleSummary> article = s.index().article(place.articleId());
      if (article.isEmpty()) {
        continue;
      }
      if (last.isEmpty() && read.isEmpty()) {
        last = Optional.of(new Continue(article.get(), place.position()));
      } else {
        read.add(article.get());
      }
    }
    return new Content(
        s.index().topLevel(),
        s.index().article(START_HERE),
        last,
        List.copyOf(read),
        s.clinic(),
        s.info());
  }
}
