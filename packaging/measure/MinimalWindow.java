import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The yardstick for measure-startup.sh: a bare JavaFX application showing an empty stage, which
 * reports its first frame exactly as CareShelf's start-up probe does and quits. The main class is
 * not the Application, as in CareShelf, so that {@code java -cp} starts it with JavaFX on the class
 * path.
 */
public final class MinimalWindow {

  public static void main(String[] args) {
    Application.launch(Bare.class, args);
  }

  /** The bare application. */
  public static final class Bare extends Application {

    @Override
    public void start(Stage stage) {
      Scene scene = new Scene(new Group(), 1100, 720);
      boolean[] seen = {false};
      scene.addPostLayoutPulseListener(
          () -> {
            if (!seen[0] && stage.isShowing()) {
              seen[0] = true;
              System.out.println("careshelf-first-frame " + System.currentTimeMillis());
              Platform.runLater(Platform::exit);
            }
          });
      stage.setScene(scene);
      stage.show();
    }
  }
}
