package org.careshelf.ui.topics;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careshelf.library.LibraryContents;
import org.careshelf.ui.Async;
import org.careshelf.ui.Messages;

/** The topic tree's data, built once the library's index is loaded. */
public final class TopicTreeViewModel {

  private final ReadOnlyObjectWrapper<List<TopicNode>> roots =
      new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();

  public TopicTreeViewModel(
      CompletableFuture<LibraryContents> index, Async async, Messages messages) {
    async.call(
        index,
        TopicNode::build,
        roots::set,
        failure -> message.set(messages.get("library.failed")));
  }

  /** The top-level topics, empty until the library is loaded. */
  public ReadOnlyObjectProperty<List<TopicNode>> rootsProperty() {
    return roots.getReadOnlyProperty();
  }

  /** A plain sentence when the library could not be loaded, or null. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }
}
