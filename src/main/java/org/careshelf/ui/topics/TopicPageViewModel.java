package org.careshelf.ui.topics;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.LibraryContents;
import org.careshelf.library.Topic;
import org.careshelf.ui.Async;

/** A topic's page: its articles in reading order and its subtopics. */
public final class TopicPageViewModel {

  private final CompletableFuture<LibraryContents> index;
  private final Async async;
  private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>();

  /** What a topic's page shows. */
  public record Page(Topic topic, List<ArticleSummary> articles, List<Topic> subtopics) {}

  public TopicPageViewModel(CompletableFuture<LibraryContents> index, Async async) {
    this.index = index;
    this.async = async;
  }

  /** The page shown; null until a topic is opened. */
  public ReadOnlyObjectProperty<Page> pageProperty() {
    return page.getReadOnlyProperty();
  }

  /** Opens a topic's page; an unknown topic leaves the page as it was. */
  public void open(String topicId) {
    async.call(
        index,
        i -> i.topic(topicId).map(t -> new Page(t, i.articles(t.id()), i.subtopics(t.id()))),
        (Optional<Page> found) -> found.ifPresent(page::set),
        async.telling("library.failed"));
  }
}
