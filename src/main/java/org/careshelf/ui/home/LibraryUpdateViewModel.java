package org.careshelf.ui.home;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careshelf.library.PackException;
import org.careshelf.library.PackManifest;
import org.careshelf.ui.Async;
import org.careshelf.ui.Messages;

/**
 * "Update the library from a file": installs the pack the reader chose, in the background, and says
 * in plain words what came of it. The library read now stays open; the new one opens at the next
 * start.
 */
public final class LibraryUpdateViewModel {

  /** Installs a pack in place of the library, or refuses it with one plain line. */
  @FunctionalInterface
  public interface Installer {
    PackManifest install(Path pack) throws PackException;
  }

  private final Installer installer;
  private final Async async;
  private final Messages messages;
  private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");

  public LibraryUpdateViewModel(Installer installer, Async async, Messages messages) {
    this.installer = installer;
    this.async = async;
    this.messages = messages;
  }

  /** True while a pack is being checked and installed. */
  public ReadOnlyBooleanProperty workingProperty() {
    return working.getReadOnlyProperty();
  }

  /** What the last update came to, in a sentence; empty before any. */
  public ReadOnlyStringProperty resultProperty() {
    return result.getReadOnlyProperty();
  }

  /** Checks and installs {@code pack} off the FX thread; one update at a time. */
  public void install(Path pack) {
    if (working.get()) {
      return;
    }
    working.set(true);
    result.set(messages.get("library.update.working"));
    async.call(
        CompletableFuture.completedFuture(pack),
        this::outcome,
        sentence -> {
          working.set(false);
          result.set(sentence);
        },
        failure -> {
          working.set(false);
          result.set(messages.get("library.update.refused", ""));
          async.logging("library update").accept(failure);
        });
  }

  private String outcome(Path pack) {
    try {
      PackManifest installed = installer.install(pack);
      return messages.get(
          "library.update.done", installed.version(), messages.date(installed.date()));
    } catch (PackException e) {
      return messages.get("library.update.refused", e.getMessage());
    }
  }
}
