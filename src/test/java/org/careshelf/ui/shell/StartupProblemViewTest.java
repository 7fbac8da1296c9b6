package org.careshelf.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.careshelf.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class StartupProblemViewTest {

  static final String PROBLEM = "/etc/careshelf/settings.conf:3: data-dir has no value.";
  final AtomicBoolean closed = new AtomicBoolean();

  @Start
  void start(Stage stage) {
    stage.setScene(
        new Scene(
            new StartupProblemView(
                PROBLEM, Messages.forLocale(Locale.ENGLISH), () -> closed.set(true)),
            640,
            360));
    stage.show();
  }

  @Test
  void showsTheProblemAndCloses(FxRobot robot) {
    Label details = robot.lookup("#startupProblemDetails").query();
    assertThat(details.getText()).isEqualTo(PROBLEM);

    robot.clickOn("#closeButton");

    assertThat(closed).isTrue();
  }
}
