package org.careshelf.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.careshelf.store.ContentStore;
import org.careshelf.store.LibraryInstaller;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Messages;
import org.careshelf.ui.shell.StartupProblemView;
import org.careshelf.ui.theme.Theme;

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
    CommandLine line = CommandLine.parse(getParameters().getRaw().toArray(String[]::new));
    Messages messages = Messages.forLocale(Locale.getDefault());
    stage.setTitle(messages.get("app.name"));
    SystemSettings settings;
    try {
      settings = SystemSettings.load(SystemSettings.file());
    } catch (SystemSettings.Problem e) {
      stage.setScene(new Scene(new StartupProblemView(e.getMessage(), Platform::exit), 640, 360));
      Theme.applyDefault(stage.getScene());
      stage.show();
      return;
    }
    Path dataDir = line.dataDirOrDefault(settings);
    background =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "careshelf-storage");
              thread.setDaemon(true);
              return thread;
            });
    library = new CompletableFuture<>();
    user = new CompletableFuture<>();
    window = new ReaderWindow(stage, library, user, background, messages);
    Scene scene = window.scene();
    // Opening the databases competes with the first frame for a small machine's cores, so it waits.
    FirstFrame.then(
        scene,
        () -> {
          library.completeAsync(
              () -> ContentStore.open(LibraryInstaller.install(dataDir)), background);
          user.completeAsync(() -> UserStore.open(dataDir, Clock.systemUTC()), background);
        });
    StartupProbe.watch(scene, library);
    stage.setScene(scene);
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
