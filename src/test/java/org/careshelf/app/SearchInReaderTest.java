package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.careshelf.Fixtures;
import org.careshelf.store.ContentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Search in the whole reader: the toolbar field opens an article with the found words marked. */
@ExtendWith(ApplicationExtension.class)
class SearchInReaderTest {

  @TempDir static Path dir;
  ExecutorService background = Executors.newSingleThreadExecutor();
  ContentStore store;

  @Start
  void start(Stage stage) {
    store = ContentStore.open(Fixtures.compiledLibrary(dir));
    stage.setScene(CareShelfApp.createScene(CompletableFuture.completedFuture(store), background));
    stage.show();
  }

  @AfterEach
  void stop() {
    background.shutdownNow();
    store.close();
  }

  @Test
  void openingAResultMarksTheFoundWordsInTheArticle(FxRobot robot) throws Exception {
    robot.clickOn("#articleView").write("/").write("cytokine relase");
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> robot.lookup("#searchAsTyped").tryQuery().map(Node::isVisible).orElse(false));

    robot.type(KeyCode.ENTER);

    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> !robot.lookup(".search-hit-word").queryAll().isEmpty());
    List<String> marked =
        robot.lookup(".search-hit-word").queryAll().stream()
            .map(n -> ((Text) n).getText())
            .toList();
    assertThat(marked).containsExactly("Cytokine", "release");
    assertThat(ReaderWindowTest.spoken(robot.lookup("#articleTitle").query()))
        .isEqualTo("The first article");
    ScrollPane view = robot.lookup("#articleView").query();
    assertThat(view.getVvalue()).isGreaterThan(0);
  }
}
