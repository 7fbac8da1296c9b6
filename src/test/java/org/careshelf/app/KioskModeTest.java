package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careshelf.app.ReaderFlowsTest.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.TextFlow;
import javafx.stage.WindowEvent;
import org.careshelf.Fixtures;
import org.careshelf.ui.kiosk.KioskPin;
import org.careshelf.ui.shell.Place;
import org.careshelf.ui.theme.ThemeName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The reader as a waiting-room kiosk: locked, touch-sized, and started over for each reader. */
@ExtendWith(ApplicationExtension.class)
class KioskModeTest {

  static final SystemSettings.Kiosk KIOSK =
      new SystemSettings.Kiosk(90, KioskPin.hash("2468"), 150, ThemeName.HIGH_CONTRAST);

  @TempDir Path dir;
  Path library;

  @BeforeEach
  void compile() {
    library = Fixtures.compiledLibrary(dir);
  }

  @Test
  void everyWayOutDoesNothing(FxRobot robot) throws Exception {
    try (ReaderHarness kiosk = ReaderHarness.openKiosk(library, KIOSK)) {
      var accelerators = kiosk.window.scene().getAccelerators();
      assertThat(accelerators)
          .doesNotContainKeys(
              new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
              new KeyCodeCombination(KeyCode.F11),
              new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN),
              new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
      assertThat(kiosk.stage.getFullScreenExitKeyCombination()).isEqualTo(KeyCombination.NO_MATCH);
      assertThat(kiosk.stage.getFullScreenExitHint()).isEmpty();
      robot.interact(
          () ->
              kiosk.stage.fireEvent(
                  new WindowEvent(kiosk.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
      assertThat(kiosk.stage.isShowing()).isTrue();
      assertThat(kiosk.tryFind("#bookmarkButton")).isEmpty();
      assertThat(kiosk.tryFind("#bookmarksButton")).isEmpty();
      // Nor may a kiosk's readers change its library; the staff do, from the command line.
      ReaderFlowsTest.waitUntil(() -> kiosk.tryFind("#libraryVersion").isPresent());
      assertThat(kiosk.tryFind("#updateLibrary")).isEmpty();
    }
  }

  @Test
  void theStaffKeysOpenThePinPad(FxRobot robot) throws Exception {
    try (ReaderHarness kiosk = ReaderHarness.openKiosk(library, KIOSK)) {
      assertThat(kiosk.find("#pinPadLayer").isVisible()).isFalse();
      robot.clickOn(kiosk.find("#kioskWelcome"));
      robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.X);
      robot.release(KeyCode.X, KeyCode.SHIFT, KeyCode.ALT, KeyCode.CONTROL);
      waitUntil(() -> kiosk.find("#pinPadLayer").isVisible());
      robot.clickOn(kiosk.find("#pin1")).clickOn(kiosk.find("#pin2"));
      robot.clickOn(kiosk.find("#pin3")).clickOn(kiosk.find("#pin4"));
      robot.clickOn(kiosk.find("#pinEnter"));
      waitUntil(() -> ((Label) kiosk.find("#pinMessage")).getText() != null);
      assertThat(((Label) kiosk.find("#pinMessage")).getText()).contains("not right");
      robot.clickOn(kiosk.find("#pinCancel"));
      waitUntil(() -> !kiosk.find("#pinPadLayer").isVisible());
    }
  }

  @Test
  void startingOverForgetsTheReader(FxRobot robot) throws Exception {
    try (ReaderHarness kiosk = ReaderHarness.openKiosk(library, KIOSK)) {
      robot.clickOn(kiosk.find("#kioskWelcome"));
      robot.interact(() -> kiosk.window.navigation().go(new Place.ArticlePage("first")));
      waitUntil(() -> kiosk.spoken("#articleTitle").equals("The first article"));
      waitUntil(() -> kiosk.userStore().lastRead().isPresent());
      robot.clickOn(kiosk.find("#largerButton"));
      TextField search = (TextField) kiosk.find("#searchField");
      robot.interact(() -> search.setText("antigen"));

      robot.clickOn(kiosk.find("#startOverButton"));

      waitUntil(() -> kiosk.find("#kioskWelcome").isVisible());
      waitUntil(() -> kiosk.userStore().lastRead().isEmpty());
      assertThat(search.getText()).isEmpty();
      assertThat(kiosk.window.navigation().currentProperty().get()).isEqualTo(new Place.Home());
      assertThat(kiosk.window.navigation().canGoBackProperty().get()).isFalse();
      assertThat(((Label) kiosk.find("#textSize")).getText()).isEqualTo("150%");
      assertThat(kiosk.userStore().bookmarks()).isEmpty();
    }
  }

  @Test
  void everyTargetAFingerPressesIsAtLeast44Pixels(FxRobot robot) throws Exception {
    try (ReaderHarness kiosk = ReaderHarness.openKiosk(library, KIOSK)) {
      robot.clickOn(kiosk.find("#kioskWelcome"));
      List<Place> places =
          List.of(
              new Place.Home(),
              new Place.TopicPage("basics"),
              new Place.ArticlePage("first"),
              new Place.GlossaryPage(null));
      List<String> small = new ArrayList<>();
      for (Place place : places) {
        robot.interact(() -> kiosk.window.navigation().go(place));
        WaitForAsyncUtils.waitForFxEvents(5);
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents(5);
        robot.interact(() -> walk(kiosk.window.scene().getRoot(), place, small));
      }
      assertThat(small).isEmpty();
    }
  }

  /** Every visible target outside running text smaller than 44 x 44 px, with where it is. */
  private static void walk(Parent parent, Place place, List<String> small) {
    for (Node node : parent.getChildrenUnmodifiable()) {
      if (!node.isVisible()) {
        continue;
      }
      boolean target = node instanceof ButtonBase || node instanceof TextField;
      boolean inText = parent instanceof TextFlow;
      if (target && !inText && !node.isDisabled()) {
        double width = node.getLayoutBounds().getWidth();
        double height = node.getLayoutBounds().getHeight();
        if (width < 44 || height < 44) {
          small.add(
              place
                  + " "
                  + node.getClass().getSimpleName()
                  + " "
                  + node.getId()
                  + " "
                  + width
                  + "x"
                  + height);
        }
      }
      if (node instanceof Parent child) {
        walk(child, place, small);
      }
    }
  }
}
