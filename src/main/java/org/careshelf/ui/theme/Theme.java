package org.careshelf.ui.theme;

import java.util.Objects;
import javafx.scene.Scene;

/** The look of the reader: one style sheet for now, applied to a scene. */
public final class Theme {

  private static final String LIGHT = "/org/careshelf/ui/theme/light.css";

  private Theme() {}

  /** Styles {@code scene} with the light theme. */
  public static void apply(Scene scene) {
    String css = Objects.requireNonNull(Theme.class.getResource(LIGHT), LIGHT).toExternalForm();
    scene.getStylesheets().setAll(css);
  }
}
