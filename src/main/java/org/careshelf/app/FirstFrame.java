package org.careshelf.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs work once a scene's window has been laid out for its first frame. */
final class FirstFrame {

  private FirstFrame() {}

  /**
   * Runs {@code action} on the FX thread right after the first pulse that lays out {@code scene} in
   * a showing window, when that frame goes to the renderer.
   */
  static void then(Scene scene, Runnable action) {
    Runnable listener =
        new Runnable() {
          private boolean done;

          @Override
          public void run() {
            if (!done && scene.getWindow() != null && scene.getWindow().isShowing()) {
              done = true;
              // The scene is iterating its listeners now, so remove this one afterwards.
              Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
              action.run();
            }
          }
        };
    scene.addPostLayoutPulseListener(listener);
  }
}
