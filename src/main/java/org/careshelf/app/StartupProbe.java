package org.careshelf.app;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Reports when the window's first frame is ready, for {@code packaging/measure-startup.sh}; does
 * nothing unless the system property {@code careshelf.startupProbe} is set.
 */
final class StartupProbe {

  static final String PROPERTY = "careshelf.startupProbe";

  private StartupProbe() {}

  /**
   * With {@code -Dcareshelf.startupProbe=print}, prints {@code careshelf-first-frame <epoch ms>} at
   * the first frame of {@code scene}; with {@code =exit}, also quits once {@code loaded} completes,
   * so that a training run for the class archive covers opening the library too.
   */
  static void watch(Scene scene, CompletableFuture<?> loaded) {
    String mode = System.getProperty(PROPERTY);
    if (mode == null) {
      return;
    }
    FirstFrame.then(
        scene,
        () -> {
          System.out.println("careshelf-first-frame " + System.currentTimeMillis());
          loaded.whenComplete(
              (result, failure) -> {
                System.out.println("careshelf-library-open " + System.currentTimeMillis());
                if (mode.equals("exit")) {
                  Platform.runLater(Platform::exit);
                }
              });
        });
  }
}
