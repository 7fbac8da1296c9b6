package org.careshelf.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.careshelf.content.ClinicFile;
import org.careshelf.library.LibraryInstaller;
import org.careshelf.library.LibraryReader;
import org.careshelf.library.PackInstaller;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Messages;
import org.careshelf.ui.shell.StartupProblemView;
import org.careshelf.ui.theme.Theme;

/**
 * The JavaFX application: shows the window first and opens the library and the reader's data behind
 * it, on one background thread that owns all database work.
 */
public final class CareShelfApp extends Application {

  private Storage storage;
  private ReaderWindow window;
  private SingleInstance instance;
  private WindowState windowState;
  private Stage stage;

  static void open(String[] args) {
    Application.launch(CareShelfApp.class, args);
  }

  @Override
  public void start(Stage stage) throws Exception {
    CommandLine line = CommandLine.parse(getParameters().getRaw().toArray(String[]::new));
    Messages messages = Messages.forLocale(Locale.getDefault());
    stage.setTitle(messages.get("app.name"));
    SystemSettings settings;
    SystemSettings.Kiosk kiosk;
    try {
      Path file = SettingsFile.file();
      settings = SystemSettings.load(file);
      kiosk = line.kiosk() || settings.kiosk() ? settings.kioskToStart(file) : null;
    } catch (SystemSettings.Problem e) {
      stage.setScene(
          new Scene(new StartupProblemView(e.getMessage(), messages, Platform::exit), 640, 360));
      Theme.applyDefault(stage.getScene());
      stage.show();
      return;
    }
    DataFolders folders = line.folders(settings);
    FailureReport failures = new FailureReport(messages);
    Thread.setDefaultUncaughtExceptionHandler(failures::uncaught);
    instance =
        SingleInstance.claim(
            folders.prepareUserFolder(), () -> Platform.runLater(() -> toFront(stage)));
    if (!instance.isFirst()) {
      if (!instance.askFirstToShow()) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("startup.alreadyOpen"));
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(null);
        alert.showAndWait();
      }
      Platform.exit();
      return;
    }
    storage = new Storage();
    CompletableFuture<ClinicFile.Result> clinic = new CompletableFuture<>();
    SystemSettings chosen = settings;
    window =
        new ReaderWindow(
            stage,
            storage.library,
            storage.user,
            storage.background,
            messages,
            failures,
            kiosk,
            clinic,
            pack -> PackInstaller.stage(pack, folders.library(), chosen.trustedKeys()));
    Scene scene = window.scene();
    this.stage = stage;
    if (kiosk == null) {
      windowState = WindowState.readFrom(folders.user());
      windowState.applyAppearance(window.appearance());
      window.appearance().textSizeProperty().addListener((obs, old, size) -> rememberAppearance());
      window.appearance().themeProperty().addListener((obs, old, theme) -> rememberAppearance());
    }
    // Opening the databases competes with the first frame for a small machine's cores, so it waits.
    // The log file is opened with the databases, after the first frame; a kiosk keeps its
    // readers' data in memory only, and forgets it between them.
    FirstFrame.then(
        scene,
        () -> {
          LogFile.writeTo(folders.user());
          // Read on the storage thread: YAML is not worth a moment of the first frame.
          clinic.completeAsync(
              () -> settings.clinic().map(ClinicFile::read).orElse(ClinicFile.NONE),
              storage.background);
          if (kiosk == null) {
            storage.open(folders, chosen::trustedKeys, Clock.systemUTC());
          } else {
            storage.open(
                () ->
                    LibraryReader.open(
                        LibraryInstaller.install(
                            folders.library(), folders.user(), chosen.trustedKeys())),
                () -> UserStore.inMemory(Clock.systemUTC()));
          }
        });
    StartupProbe.watch(scene, storage.library);
    stage.setScene(scene);
    stage.setMinWidth(480);
    stage.setMinHeight(360);
    if (kiosk != null) {
      // The whole primary screen, also where no window manager makes full screen happen.
      javafx.geometry.Rectangle2D whole = javafx.stage.Screen.getPrimary().getBounds();
      stage.setX(whole.getMinX());
      stage.setY(whole.getMinY());
      stage.setWidth(whole.getWidth());
      stage.setHeight(whole.getHeight());
      stage.setFullScreen(true);
      stage.show();
    } else {
      stage.show();
      windowState.placeShown(stage);
    }
  }

  private void rememberAppearance() {
    windowState.rememberAppearance(
        window.appearance().textSizeProperty().get(), window.appearance().themeProperty().get());
    windowState.write(storage.background);
  }

  /** Brings the window back when a second start asks for it. */
  private static void toFront(Stage stage) {
    stage.setIconified(false);
    stage.show();
    stage.toFront();
    stage.requestFocus();
  }

  @Override
  public void stop() throws InterruptedException {
    if (window != null) {
      window.saveState();
    }
    if (windowState != null) {
      windowState.rememberPlace(stage);
      windowState.write();
    }
    if (storage != null) {
      storage.close();
    }
    if (instance != null) {
      instance.close();
    }
  }
}
