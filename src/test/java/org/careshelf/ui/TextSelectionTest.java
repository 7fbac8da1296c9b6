package org.careshelf.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Selecting words across paragraphs with the mouse, and copying them. */
@ExtendWith(ApplicationExtension.class)
class TextSelectionTest {

  TextFlow first;
  TextFlow second;
  VBox page;
  TextSelection selection;

  @Start
  void start(Stage stage) {
    first =
        new TextFlow(new Text("Call your care team "), new Hyperlink("right away"), new Text("."));
    second = new TextFlow(new Text("Keep this card by the phone."));
    page = new VBox(20, first, second);
    page.setFocusTraversable(true);
    selection = TextSelection.install(page, page, () -> true);
    stage.setScene(new Scene(page, 500, 200));
    stage.show();
  }

  @Test
  void aDragAcrossTwoParagraphsSelectsTheirWordsAndCtrlCCopiesThem(FxRobot robot) throws Exception {
    Bounds from = first.localToScreen(first.getLayoutBounds());
    Bounds to = second.localToScreen(second.getLayoutBounds());
    robot.moveTo(from.getMinX() + 1, from.getMinY() + from.getHeight() / 2);
    robot.press(MouseButton.PRIMARY);
    robot.moveTo(to.getMaxX() - 1, to.getMinY() + to.getHeight() / 2);
    robot.release(MouseButton.PRIMARY);

    assertThat(selection.text()).startsWith("Call your care team right away.\nKeep this card");
    assertThat(first.getChildren()).anyMatch(n -> n instanceof Path);

    robot.interact(page::requestFocus);
    robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
    String copied =
        WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
    assertThat(copied).isEqualTo(selection.text());
  }

  @Test
  void ctrlASelectsThePageAndAClickClearsIt(FxRobot robot) {
    robot.interact(page::requestFocus);
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    assertThat(selection.text())
        .isEqualTo("Call your care team right away.\nKeep this card by the phone.");

    robot.clickOn(second);
    assertThat(selection.text()).isEmpty();
  }
}
