package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {

  final AtomicInteger runs = new AtomicInteger();
  final AtomicInteger runsBeforeShow = new AtomicInteger(-1);
  Label label;

  @Start
  void start(Stage stage) {
    label = new Label("first");
    Scene scene = new Scene(new StackPane(label), 200, 100);
    FirstFrame.then(scene, runs::incrementAndGet);
    stage.setScene(scene);
    runsBeforeShow.set(runs.get());
    stage.show();
  }

  @Test
  void runsOnceAfterTheWindowIsShownAndNeverAgain(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runs.get() == 1);

    robot.interact(() -> label.setText("second"));
    robot.interact(() -> label.setText("third"));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(runsBeforeShow.get()).isZero();
    assertThat(runs.get()).isEqualTo(1);
  }
}
