package org.careshelf.ui.topics;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careshelf.store.ContentStore;

/** The topic tree's data: loaded off the FX thread once the library is open. */
public final class TopicTreeViewModel {

  private final ReadOnlyObjectWrapper<List<TopicNode>> roots =
      new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();

  /**
   * Starts loading when {@code library} completes; {@code background} runs the queries and {@code
   * fx} publishes the tree on the FX thread.
   */
  public TopicTreeViewModel(
      CompletableFuture<ContentStore> library, Executor background, Executor fx) {
    library
        .thenApplyAsync(
            store -> TopicNode.build(store.topics(), store.articleSummaries()), background)
        .whenCompleteAsync(
            (tree, failure) -> {
              if (failure != null) {
                message.set(
                    "The library could not be loaded. Please restart CareShelf; if this happens"
                        + " again, reinstall it.");
              } else {
                roots.set(tree);
              }
            },
            fx);
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
