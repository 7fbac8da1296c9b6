package org.careshelf.app;

import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.careshelf.library.LibraryInstaller;
import org.careshelf.library.LibraryReader;
import org.careshelf.store.UserStore;

/**
 * The one background thread that owns all database work, and the two databases it opens: the
 * library and the reader's own data.
 */
final class Storage implements AutoCloseable {

  final ExecutorService background =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "careshelf-storage");
            thread.setDaemon(true);
            return thread;
          });
  final CompletableFuture<LibraryReader> library = new CompletableFuture<>();
  final CompletableFuture<UserStore> user = new CompletableFuture<>();

  /**
   * Opens the library copy and the reader's data in {@code folders} on the background thread: the
   * library is checked and copied there if needed, and the reader's data opens whatever the state
   * of its file (read-only, busy, damaged), so reading never waits on writing. A library pack
   * installed there and signed by one of {@code trusted} is kept while it is newer than the bundled
   * library.
   */
  void open(DataFolders folders, Supplier<List<PublicKey>> trusted, Clock clock) {
    open(
        () ->
            LibraryReader.open(
                LibraryInstaller.install(folders.library(), folders.user(), trusted.get())),
        () -> UserStore.open(folders.prepareUserFolder(), clock));
  }

  /** Opens both databases on the background thread; the futures complete when they are open. */
  void open(Supplier<LibraryReader> openLibrary, Supplier<UserStore> openUser) {
    library.completeAsync(openLibrary, background);
    user.completeAsync(openUser, background);
  }

  /**
   * Closes both databases behind any work already queued, so nothing the reader did is lost on the
   * way out, and waits a few seconds for that work to end.
   */
  @Override
  public void close() throws InterruptedException {
    background.execute(
        () -> {
          library.thenAccept(LibraryReader::close);
          user.thenAccept(UserStore::close);
        });
    background.shutdown();
    background.awaitTermination(5, TimeUnit.SECONDS);
  }
}
