package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
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

@ExtendWith(ApplicationExtension.class)
class ReaderWindowTest {

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
  void opensAnArticleFromTheTopicTree(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> robot.lookup("The basics").tryQuery().isPresent());
    robot.clickOn("The basics");
    robot.clickOn("The first article");

    WaitForAsyncUtils.waitFor(
        5,
        TimeUnit.SECONDS,
        () -> "The first article".equals(spoken(robot.lookup("#articleTitle").query())));
    javafx.scene.layout.VBox body = robot.lookup("#articleBody").query();
    assertThat(body.getChildren())
        .map(ReaderWindowTest::spoken)
        .contains(
            "What to expect",
            "This is the opening sentence of the first article. It has gentle emphasis and strong words.");
  }

  @Test
  void followsALinkToAnotherArticle(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> robot.lookup("The basics").tryQuery().isPresent());
    robot.clickOn("The basics").clickOn("The first article");
    WaitForAsyncUtils.waitFor(
        5,
        TimeUnit.SECONDS,
        () -> robot.lookup("link to the second article").tryQuery().isPresent());

    robot.clickOn("link to the second article");

    WaitForAsyncUtils.waitFor(
        5,
        TimeUnit.SECONDS,
        () -> "The second article".equals(spoken(robot.lookup("#articleTitle").query())));
  }

  static String spoken(Node node) {
    try {
      return String.valueOf(
          WaitForAsyncUtils.asyncFx(() -> node.queryAccessibleAttribute(AccessibleAttribute.TEXT))
              .get());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
