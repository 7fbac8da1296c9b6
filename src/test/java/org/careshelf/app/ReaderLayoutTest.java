package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careshelf.app.ReaderFlowsTest.waitUntil;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.careshelf.library.LibraryInstaller;
import org.careshelf.ui.shell.Place;
import org.careshelf.ui.theme.ThemeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real library at 250% text on a 1366 x 768 screen: on every page nothing reaches past the
 * window's edge and nothing scrolls sideways; the topic tree never breaks a word; and the keys a
 * keyboard reader uses do what they say.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderLayoutTest {

  @TempDir Path data;

  @Test
  void nothingIsCutOffOrScrollsSidewaysAt250Percent(FxRobot robot) throws Exception {
    try (ReaderHarness reader = ReaderHarness.open(bundled(), data)) {
      robot.interact(
          () -> {
            reader.stage.setWidth(1366);
            reader.stage.setHeight(768);
            reader.window.appearance().startWith(250, ThemeName.LIGHT);
          });
      waitUntil(() -> reader.tryFind("#topicTiles").isPresent());
      List<Place> places =
          List.of(
              new Place.Home(),
              new Place.TopicPage("car-t"),
              new Place.ArticlePage("car-t-cancers-and-products"),
              new Place.GlossaryPage(null),
              new Place.BookmarksPage(),
              new Place.HelpPage());
      for (boolean tree : new boolean[] {false, true}) {
        robot.interact(() -> ((ToggleButton) reader.find("#topicsButton")).setSelected(tree));
        for (Place place : places) {
          robot.interact(() -> reader.window.navigation().go(place));
          WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
          WaitForAsyncUtils.waitForFxEvents();
          assertFits(reader, place + (tree ? " beside the tree" : ""));
        }
      }
      robot.clickOn(reader.find("#searchField")).write("fever");
      waitUntil(() -> reader.find("#searchPanel").isVisible());
      WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
      WaitForAsyncUtils.waitForFxEvents();
      assertFits(reader, "the search results");
    }
  }

  @Test
  void theArrowKeysMoveThroughTheTreeWithoutOpeningAnything(FxRobot robot) throws Exception {
    try (ReaderHarness reader = ReaderHarness.open(bundled(), data)) {
      waitUntil(() -> reader.tryFind("#topicTiles").isPresent());
      robot.interact(() -> ((ToggleButton) reader.find("#topicsButton")).setSelected(true));
      // A click opens the first topic; the arrow keys then pass over three of its articles.
      robot.clickOn(reader.find("#topicTree .tree-cell"));
      robot.type(KeyCode.DOWN, 3);
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(reader.window.navigation().currentProperty().get()).isEqualTo(new Place.Home());
      assertThat(reader.window.navigation().canGoBackProperty().get()).isFalse();

      robot.type(KeyCode.ENTER);
      waitUntil(
          () -> reader.window.navigation().currentProperty().get() instanceof Place.ArticlePage);
    }
  }

  @Test
  void pageDownMovesAScreenfulLessALine(FxRobot robot) throws Exception {
    try (ReaderHarness reader = ReaderHarness.open(bundled(), data)) {
      robot.interact(
          () -> reader.window.navigation().go(new Place.ArticlePage("cytokine-release-syndrome")));
      waitUntil(() -> "Cytokine release syndrome (CRS)".equals(reader.spoken("#articleTitle")));
      javafx.scene.control.ScrollPane page =
          (javafx.scene.control.ScrollPane) reader.find("#articleView");
      robot.interact(page::requestFocus);
      double content = page.getContent().getLayoutBounds().getHeight();
      double viewport = page.getViewportBounds().getHeight();
      double before = page.getVvalue() * (content - viewport);
      robot.type(KeyCode.PAGE_DOWN);
      WaitForAsyncUtils.waitForFxEvents();
      double moved = page.getVvalue() * (content - viewport) - before;
      assertThat(moved).isBetween(viewport * 0.8, viewport);
    }
  }

  @Test
  void theTextSizeIsSpokenWithItsValue(FxRobot robot) throws Exception {
    try (ReaderHarness reader = ReaderHarness.open(bundled(), data)) {
      robot.interact(() -> reader.window.appearance().startWith(175, ThemeName.DARK));
      assertThat(reader.spoken("#textSize")).isEqualTo("Text size 175 percent");
      TextField field = (TextField) reader.find("#searchField");
      assertThat(field.getAccessibleText()).isEqualTo("Search the library");
    }
  }

  private static void expandAll(javafx.scene.control.TreeItem<?> item) {
    item.setExpanded(true);
    item.getChildren().forEach(ReaderLayoutTest::expandAll);
  }

  private static void assertFits(ReaderHarness reader, String where) throws Exception {
    List<String> problems =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  List<String> found = new ArrayList<>();
                  double width = reader.window.scene().getWidth();
                  walk(reader.window.scene().getRoot(), width, found);
                  return found;
                })
            .get();
    assertThat(problems).as(where).isEmpty();
  }

  private static void walk(Parent parent, double width, List<String> problems) {
    for (Node node : parent.getChildrenUnmodifiable()) {
      if (!node.isVisible()) {
        continue;
      }
      Bounds at = node.localToScene(node.getLayoutBounds());
      if (at.getMaxX() > width + 1 && at.getWidth() > 0) {
        problems.add(describe(node) + " reaches " + Math.round(at.getMaxX()) + " px of " + width);
      }
      if (node instanceof ScrollBar bar
          && bar.getOrientation() == Orientation.HORIZONTAL
          && bar.getVisibleAmount() < bar.getMax() - bar.getMin()) {
        problems.add("a sideways scroll bar in " + describe(parent));
      }
      if (node instanceof Text text
          && text.getWrappingWidth() > 0
          && text.getParent() != null
          && text.getParent().getStyleClass().contains("tree-cell")) {
        for (String word : text.getText().split("\\s+")) {
          Text one = new Text(word);
          one.setFont(text.getFont());
          if (one.getLayoutBounds().getWidth() > text.getWrappingWidth()) {
            problems.add("the tree breaks the word " + word);
          }
        }
      }
      if (node instanceof Parent inner) {
        walk(inner, width, problems);
      }
    }
  }

  private static String describe(Node node) {
    Object text = node.queryAccessibleAttribute(AccessibleAttribute.TEXT);
    return node.getClass().getSimpleName()
        + (node.getId() == null ? "" : "#" + node.getId())
        + (text == null ? "" : " \"" + text + "\"");
  }

  static Path bundled() {
    try {
      return Path.of(
          Objects.requireNonNull(
                  ReaderLayoutTest.class.getResource(LibraryInstaller.BUNDLED),
                  "the build compiles the library before the tests")
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
