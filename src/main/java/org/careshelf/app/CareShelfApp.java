package org.careshelf.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.stage.Stage;
import org.careshelf.store.ContentStore;
import org.careshelf.store.LibraryInstaller;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Messages;

/**
 * The JavaFX application: shows the window first and opens the library and the reader's data behind
 * it, on one background thread that owns all database work.
 */
public final class CareShelfApp extends Application {

  private ExecutorService background;
  private CompletableFuture<ContentStore> library;
  private CompletableFuture<UserStore> user;
  private ReaderWindow window;

  static void open(String[] args) {
    Application.launch(CareShelfApp.class, args);
  }

  @Override
  public void start(Stage stage) throws Exception {
    Path dataDir =
        CommandLine.parse(getParameters().getRaw().toArray(String[]::new)).dataDirOrDefault();
    background =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "careshelf-storage");
              thread.setDaemon(true);
              return thread;
            });
    library =
        CompletableFuture.supplyAsync(
            () -> ContentStore.open(LibraryInstaller.install(dataDir)), background);
    user =
        CompletableFuture.supplyAsync(() -> UserStore.open(dataDir, Clock.systemUTC()), background);
    Messages messages = Messages.forLocale(Locale.getDefault());
    window = new ReaderWindow(stage, library, user, background, messages);
    stage.setTitle(messages.get("app.name"));
    stage.setScene(window.scene());
    // Most of the screen, so the toolbar fits on one line on an ordinary display.
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    stage.setWidth(Math.min(1400, screen.getWidth() * 0.92));
    stage.setHeight(Math.min(950, screen.getHeight() * 0.92));
    stage.setMinWidth(480);
    stage.setMinHeight(360);
    stage.show();
  }

  @Override
  public void stop() throws InterruptedException {
    if (window != null) {
      window.saveState();
    }
    if (background != null) {
      // Queued behind any pending save, so nothing the reader did is lost on the way out.
      background.execute(
          () -> {
            library.thenAccept(ContentStore::close);
            user.thenAccept(UserStore::close);
          });
      background.shutdown();
      background.awaitTermination(5, TimeUnit.SECONDS);
    }
  }
}
