package org.careshelf.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.careshelf.store.ContentStore;
import org.careshelf.store.LibraryInstaller;
import org.careshelf.ui.article.ArticleView;
import org.careshelf.ui.article.ArticleViewModel;
import org.careshelf.ui.shell.ShellView;
import org.careshelf.ui.shell.StartupProblemView;
import org.careshelf.ui.theme.Theme;
import org.careshelf.ui.topics.TopicTreeView;
import org.careshelf.ui.topics.TopicTreeViewModel;

/**
 * The JavaFX application and the composition root: builds every part with its collaborators, shows
 * the window first and opens the library behind it.
 */
public final class CareShelfApp extends Application {

  private ExecutorService background;
  private CompletableFuture<ContentStore> library;

  static void open(String[] args) {
    Application.launch(CareShelfApp.class, args);
  }

  @Override
  public void start(Stage stage) throws Exception {
    CommandLine line = CommandLine.parse(getParameters().getRaw().toArray(String[]::new));
    SystemSettings settings;
    try {
      settings = SystemSettings.load(SystemSettings.file());
    } catch (SystemSettings.Problem e) {
      stage.setTitle("CareShelf");
      stage.setScene(new Scene(new StartupProblemView(e.getMessage(), Platform::exit), 640, 360));
      Theme.apply(stage.getScene());
      stage.show();
      return;
    }
    Path dataDir = line.dataDirOrDefault(settings);
    background =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "careshelf-library");
              thread.setDaemon(true);
              return thread;
            });
    library = new CompletableFuture<>();
    Scene scene = createScene(library, background);
    // Opening the library competes with the first frame for a small machine's cores, so it waits.
    FirstFrame.then(
        scene,
        () ->
            library.completeAsync(
                () -> ContentStore.open(LibraryInstaller.install(dataDir)), background));
    StartupProbe.watch(scene, library);
    stage.setTitle("CareShelf");
    stage.setScene(scene);
    stage.setMinWidth(480);
    stage.setMinHeight(360);
    stage.show();
  }

  /** Builds the reader's scene on a library that may still be opening. */
  static Scene createScene(
      CompletableFuture<ContentStore> library, java.util.concurrent.Executor background) {
    java.util.concurrent.Executor fx = Platform::runLater;
    ArticleViewModel articleModel = new ArticleViewModel(library, background, fx);
    TopicTreeViewModel topicModel = new TopicTreeViewModel(library, background, fx);
    TopicTreeView topics = new TopicTreeView(topicModel, articleModel::open);
    ArticleView article = new ArticleView(articleModel, articleModel::open);
    articleModel
        .readingProperty()
        .addListener((obs, old, reading) -> topics.reveal(reading.article().id()));
    Label status = new Label();
    status.textProperty().bind(topicModel.messageProperty());
    Scene scene = new Scene(new ShellView(topics, article, status), 1100, 720);
    Theme.apply(scene);
    return scene;
  }

  @Override
  public void stop() {
    if (library != null) {
      library.thenAccept(ContentStore::close);
    }
    if (background != null) {
      background.shutdown();
    }
  }
}
