package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.careshelf.Fixtures;
import org.careshelf.store.ContentStore;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Messages;
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
  UserStore user;

  @Start
  void start(Stage stage) {
    store = ContentStore.open(Fixtures.compiledLibrary(dir));
    user = UserStore.open(dir.resolve("data"), Clock.systemUTC());
    ReaderWindow window =
        new ReaderWindow(
            stage,
            CompletableFuture.completedFuture(store),
            CompletableFuture.completedFuture(user),
            background,
            Messages.forLocale(Locale.ENGLISH));
    stage.setScene(window.scene());
    stage.show();
  }

  @AfterEach
  void stop() throws Exception {
    background.shutdown();
    background.awaitTermination(5, TimeUnit.SECONDS);
    store.close();
    user.close();
  }

  @Test
  void opensAnArticleFromTheTopicTree(FxRobot robot) throws Exception {
    waitUntil(() -> robot.lookup("The basics").tryQuery().isPresent());
    robot.clickOn("The basics");
    robot.clickOn("The first article");

    waitUntil(() -> "The first article".equals(spoken(robot.lookup("#articleTitle").query())));
    VBox body = robot.lookup("#articleBody").query();
    assertThat(body.getChildren())
        .map(ReaderWindowTest::spoken)
        .contains(
            "What to expect",
            "This is the opening sentence of the first article. It has gentle emphasis and"
                + " strong words.");
  }

  @Test
  void followsALinkToAnotherArticle(FxRobot robot) throws Exception {
    waitUntil(() -> robot.lookup("The basics").tryQuery().isPresent());
    robot.clickOn("The basics").clickOn("The first article");
    waitUntil(() -> robot.lookup("link to the second article").tryQuery().isPresent());

    robot.clickOn("link to the second article");

    waitUntil(() -> "The second article".equals(spoken(robot.lookup("#articleTitle").query())));
  }

  static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
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
