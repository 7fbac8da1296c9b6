package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.careshelf.Fixtures;
import org.careshelf.ui.shell.Place;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The reader's flows end to end: what a reader does, and what is still there after a restart. */
@ExtendWith(ApplicationExtension.class)
class ReaderFlowsTest {

  @TempDir Path dir;
  Path library;
  Path data;

  @BeforeEach
  void compile() {
    library = Fixtures.compiledLibrary(dir);
    data = dir.resolve("data");
  }

  @Test
  void opensAnArticleFromTheTopicTree(FxRobot robot) throws Exception {
    try (ReaderHarness reader = ReaderHarness.open(library, data)) {
      waitUntil(() -> reader.tryFind("The basics").isPresent());
      robot.clickOn(reader.find("The basics"));
      waitUntil(() -> reader.tryFind("The first article").isPresent());
      robot.clickOn(reader.find("The first article"));

      waitUntil(() -> reader.spoken("#articleTitle").equals("The first article"));
      javafx.scene.layout.VBox body = (javafx.scene.layout.VBox) reader.find("#articleBody");
      assertThat(body.getChildren())
          .map(ReaderFlowsTest::spoken)
          .contains(
              "What to expect",
              "This is the opening sentence of the first article. It has gentle emphasis and"
                  + " strong words.");
    }
  }

  @Test
  void aBookmarkSurvivesARestart(FxRobot robot) throws Exception {
    try (ReaderHarness reader = ReaderHarness.open(library, data)) {
      openArticle(robot, reader, "first");
      robot.clickOn(reader.find("#articleTitle"));
      robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
      waitUntil(() -> ((ToggleButton) reader.find("#bookmarkButton")).isSelected());
      waitUntil(() -> reader.userStore().isBookmarked("first"));
    }
    try (ReaderHarness reader = ReaderHarness.open(library, data)) {
      waitUntil(() -> reader.tryFind("#topicTiles").isPresent());
      robot.clickOn(reader.find("#homeTitle"));
      robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
      waitUntil(() -> reader.tryFind("#bookmark-first").isPresent());
      assertThat(reader.spoken("#bookmark-first")).startsWith("The first article. The basics");
    }
  }

  @Test
  void recentlyReadListsEarlierArticlesAndClearHistoryForgetsThem(FxRobot robot) throws Exception {
    try (ReaderHarness reader = ReaderHarness.open(library, data)) {
      openArticle(robot, reader, "first");
      openArticle(robot, reader, "second");
      robot.interact(() -> reader.window.navigation().go(new Place.Home()));
      waitUntil(() -> reader.tryFind("#recentlyRead").isPresent());
      assertThat(reader.spoken("#continueReading")).contains("The second article");
      assertThat(((javafx.scene.layout.VBox) reader.find("#recentlyRead")).getChildren())
          .map(n -> ((javafx.scene.control.Hyperlink) n).getText())
          .containsExactly("The first article");

      robot.clickOn(reader.find("#clearHistory"));

      waitUntil(() -> reader.tryFind("#recentlyRead").isEmpty());
      waitUntil(() -> reader.tryFind("#continueReading").isEmpty());
      waitUntil(() -> reader.userStore().lastRead().isEmpty());
    }
  }

  @Test
  void theTextSizeSurvivesARestart(FxRobot robot) throws Exception {
    try (ReaderHarness reader = ReaderHarness.open(library, data)) {
      robot.clickOn(reader.find("#largerButton")).clickOn(reader.find("#largerButton"));
      waitUntil(() -> "150%".equals(((Label) reader.find("#textSize")).getText()));
      waitUntil(() -> reader.window.scene().getRoot().getStyle().contains("24.0px"));
    }
    try (ReaderHarness reader = ReaderHarness.open(library, data)) {
      waitUntil(() -> "150%".equals(((Label) reader.find("#textSize")).getText()));
      waitUntil(() -> reader.window.scene().getRoot().getStyle().contains("24.0px"));
      robot.clickOn(reader.find("#textSize"));
      robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
      waitUntil(() -> "100%".equals(((Label) reader.find("#textSize")).getText()));
    }
  }

  @Test
  void backAndForwardWithButtonsAndKeys(FxRobot robot) throws Exception {
    try (ReaderHarness reader = ReaderHarness.open(library, data)) {
      openArticle(robot, reader, "first");
      waitUntil(() -> reader.tryFind("link to the second article").isPresent());
      robot.clickOn(reader.find("link to the second article"));
      waitUntil(() -> reader.spoken("#articleTitle").equals("The second article"));

      robot.clickOn(reader.find("#backButton"));
      waitUntil(() -> reader.spoken("#articleTitle").equals("The first article"));

      robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
      waitUntil(() -> reader.spoken("#articleTitle").equals("The second article"));

      robot.press(KeyCode.ALT).type(KeyCode.HOME).release(KeyCode.ALT);
      waitUntil(() -> reader.tryFind("#homeTitle").isPresent());
      assertThat(reader.window.navigation().currentProperty().get()).isEqualTo(new Place.Home());
    }
  }

  @Test
  void homeOffersToContinueReading(FxRobot robot) throws Exception {
    try (ReaderHarness reader = ReaderHarness.open(library, data)) {
      openArticle(robot, reader, "second");
    }
    try (ReaderHarness reader = ReaderHarness.open(library, data)) {
      waitUntil(() -> reader.tryFind("#continueReading").isPresent());
      assertThat(reader.spoken("#continueReading")).startsWith("The second article");
      robot.clickOn(reader.find("#continueReading"));
      waitUntil(() -> reader.spoken("#articleTitle").equals("The second article"));
    }
  }

  @Test
  void unreadableUserDataIsSetAsideWithAPlainNotice(FxRobot robot) throws Exception {
    Files.createDirectories(data);
    Files.writeString(data.resolve("user.db"), "garbage that is not a database");

    try (ReaderHarness reader = ReaderHarness.open(library, data)) {
      waitUntil(() -> reader.tryFind(".notice").isPresent());
      assertThat(reader.spoken(".notice"))
          .contains("could not be read")
          .contains("user.db.unreadable-");
      openArticle(robot, reader, "first");
    }
    try (var files = Files.list(data)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.startsWith("user.db.unreadable-"))
          .contains("user.db");
    }
  }

  @Test
  void theGlossaryShowsDefinitionsToAssistiveTechnology(FxRobot robot) throws Exception {
    try (ReaderHarness reader = ReaderHarness.open(library, data)) {
      waitUntil(() -> reader.tryFind("#topicTiles").isPresent());
      robot.clickOn(reader.find("#homeTitle"));
      robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.G);
      robot.release(KeyCode.SHIFT, KeyCode.CONTROL);
      waitUntil(() -> reader.tryFind("#glossaryFilter").isPresent());
      robot.clickOn(reader.find("#glossaryFilter")).write("lymph");
      waitUntil(() -> reader.spoken(".card").startsWith("T cell"));
      assertThat(reader.spoken(".card"))
          .isEqualTo("T cell: A white blood cell that finds and attacks germs and sick cells.");
    }
  }

  @Test
  void aGlossaryWordShowsItsDefinitionWithoutLeavingTheArticle(FxRobot robot) throws Exception {
    try (ReaderHarness reader = ReaderHarness.open(library, data)) {
      openArticle(robot, reader, "first");
      waitUntil(() -> reader.tryFind(".glossary-term").isPresent());

      robot.clickOn(reader.find(".glossary-term"));

      waitUntil(() -> robot.lookup("#glossaryPopOver").tryQuery().isPresent());
      assertThat(spoken(robot.lookup("#glossaryPopOver").query()))
          .isEqualTo("T cell: A white blood cell that finds and attacks germs and sick cells.");
      assertThat(reader.spoken("#articleTitle")).isEqualTo("The first article");
      // The link has the keyboard, so what a screen reader says there is the definition too.
      assertThat(spoken(robot.lookup("#openInGlossary").query()))
          .isEqualTo(
              "T cell: A white blood cell that finds and attacks germs and sick cells. Open in the"
                  + " glossary");

      robot.clickOn("#openInGlossary");
      waitUntil(
          () ->
              reader.window.navigation().currentProperty().get() instanceof Place.GlossaryPage page
                  && "T cell".equals(page.term()));
      waitUntil(() -> reader.tryFind("#glossaryView").isPresent());
      // The keyboard lands on the card of the word asked about, not on another one: the list has
      // it, at that card, which is what a screen reader reads there.
      waitUntil(() -> String.valueOf(focusedItem(reader)).startsWith("T cell:"));
    }
  }

  @Test
  void theChosenColoursSurviveARestart(FxRobot robot) throws Exception {
    try (ReaderHarness reader = ReaderHarness.open(library, data)) {
      robot.clickOn(reader.find("#themeButton"));
      robot.clickOn("High contrast");
      waitUntil(
          () ->
              reader.window.scene().getStylesheets().stream()
                  .anyMatch(css -> css.endsWith("high-contrast.css")));
    }
    try (ReaderHarness reader = ReaderHarness.open(library, data)) {
      waitUntil(
          () ->
              reader.window.scene().getStylesheets().stream()
                  .anyMatch(css -> css.endsWith("high-contrast.css")));
    }
  }

  @Test
  void helpIsAPageThatListsEveryShortcutAndLeavesTheWindowAlone(FxRobot robot) throws Exception {
    try (ReaderHarness reader = ReaderHarness.open(library, data)) {
      waitUntil(() -> reader.tryFind("#topicTiles").isPresent());
      robot.clickOn(reader.find("#homeTitle"));
      double width = reader.window.scene().getWindow().getWidth();
      robot.type(KeyCode.F1);
      waitUntil(() -> robot.lookup("#shortcutList").tryQuery().isPresent());
      javafx.scene.layout.GridPane list = robot.lookup("#shortcutList").query();
      assertThat(
              list.getChildren().stream().filter(n -> n.getStyleClass().contains("shortcut-key")))
          .hasSize(org.careshelf.ui.shell.Shortcut.values().length);
      assertThat(reader.window.scene().getWindow().getWidth()).isEqualTo(width);
      robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
      waitUntil(() -> robot.lookup("#shortcutList").tryQuery().isEmpty());
    }
  }

  @Test
  void searchOpensAnArticleWithTheFoundWordsMarked(FxRobot robot) throws Exception {
    try (ReaderHarness reader = ReaderHarness.open(library, data)) {
      waitUntil(() -> reader.tryFind("#topicTiles").isPresent());
      robot.clickOn(reader.find("#homeTitle"));
      robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
      waitUntil(() -> reader.find("#searchField").isFocused());
      robot.write("cytokine relase");
      waitUntil(() -> reader.tryFind("#searchAsTyped").map(Node::isVisible).orElse(false));

      robot.type(KeyCode.ENTER);

      waitUntil(() -> reader.tryFind(".search-hit-word").isPresent());
      List<String> marked =
          new FxRobot()
              .from(reader.window.scene().getRoot()).lookup(".search-hit-word").queryAll().stream()
                  .map(n -> ((javafx.scene.text.Text) n).getText())
                  .toList();
      assertThat(marked).containsExactly("Cytokine", "release");
      assertThat(reader.spoken("#articleTitle")).isEqualTo("The first article");
      assertThat(((javafx.scene.control.ScrollPane) reader.find("#articleView")).getVvalue())
          .isGreaterThan(0);
    }
  }

  private static void openArticle(FxRobot robot, ReaderHarness reader, String id) throws Exception {
    robot.interact(() -> reader.window.navigation().go(new Place.ArticlePage(id)));
    waitUntil(
        () -> {
          String title = reader.spoken("#articleTitle");
          return !title.isEmpty()
              && !title.equals("Welcome to CareShelf")
              && !title.equals("Sorry");
        });
  }

  static void waitUntil(Callable<Boolean> condition) throws Exception {
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

  /** What a screen reader reads where the keyboard is: the focused item of a list, or the node. */
  static String focusedItem(ReaderHarness reader) throws Exception {
    return WaitForAsyncUtils.asyncFx(
            () -> {
              Node owner = reader.window.scene().getFocusOwner();
              if (owner == null) {
                return null;
              }
              Object item = owner.queryAccessibleAttribute(AccessibleAttribute.FOCUS_ITEM);
              Node at = item instanceof Node node ? node : owner;
              return String.valueOf(at.queryAccessibleAttribute(AccessibleAttribute.TEXT));
            })
        .get();
  }
}
