package org.careshelf.ui.home;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.LibraryContents;
import org.careshelf.library.Topic;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Async;

/** The welcome screen's content: the top-level topics, "Start here" and "Continue reading". */
public final class HomeViewModel {

  /** The article a first-time reader is pointed to, by the convention of articles/README.md. */
  public static final String START_HERE = "start-here";

  private final CompletableFuture<LibraryContents> index;
  private final CompletableFuture<UserStore> user;
  private final Async async;
  private final ReadOnlyObjectWrapper<Content> content =
      new ReadOnlyObjectWrapper<>(new Content(List.of(), Optional.empty(), Optional.empty()));

  /** What the home screen shows. */
  public record Content(
      List<Topic> topics, Optional<ArticleSummary> startHere, Optional<Continue> continueReading) {}

  /** The article last read and how far into it the reader was (0 to 1). */
  public record Continue(ArticleSummary article, double position) {}

  public HomeViewModel(
      CompletableFuture<LibraryContents> index, CompletableFuture<UserStore> user, Async async) {
    this.index = index;
    this.user = user;
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
    async.call(
        index.thenCombine(reader, Sources::new),
        HomeViewModel::load,
        content::set,
        async.telling("library.failed"));
  }

  private record Sources(LibraryContents index, Optional<UserStore> user) {}

  private static Content load(Sources s) {
    Optional<Continue> last =
        s.user()
            .flatMap(UserStore::lastRead)
            .flatMap(
                place ->
                    s.index()
                        .article(place.articleId())
                        .map(a -> new Continue(a, place.position())));
    return new Content(s.index().topLevel(), s.index().article(START_HERE), last);
  }
}
