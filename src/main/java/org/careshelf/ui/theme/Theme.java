package org.careshelf.ui.theme;

import java.util.Objects;
import javafx.scene.Scene;

/** Applies the reader's appearance to a scene: layout sheet, theme colours and text size. */
public final class Theme {

  /** The size of normal text at 100%, in pixels; everything else is sized in em from it. */
  public static final double BASE_FONT_PX = 16;

  private static final String BASE = "/org/careshelf/ui/theme/base.css";

  private Theme() {}

  /** Styles {@code scene} now and whenever the reader changes theme or text size. */
  public static void bind(Scene scene, AppearanceViewModel appearance) {
    Runnable apply =
        () -> {
          scene
              .getStylesheets()
              .setAll(url(BASE), url(appearance.themeProperty().get().stylesheet()));
          scene
              .getRoot()
              .setStyle(
                  String.format(
                      java.util.Locale.ROOT,
                      "-fx-font-size: %.1fpx;",
                      BASE_FONT_PX * appearance.textSizeProperty().get() / 100.0));
        };
    apply.run();
    appearance.themeProperty().addListener((obs, old, now) -> apply.run());
    appearance.textSizeProperty().addListener((obs, old, now) -> apply.run());
  }

  /** The size of normal text in {@code scene} now, in pixels, as {@link #bind} set it. */
  public static double fontPx(Scene scene) {
    String style = scene == null || scene.getRoot() == null ? null : scene.getRoot().getStyle();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("-fx-font-size: ([0-9.]+)px")
            .matcher(style == null ? "" : style);
    return m.find() ? Double.parseDouble(m.group(1)) : BASE_FONT_PX;
  }

  /**
   * Styles {@code scene} with the light theme at normal size, for screens shown before settings.
   */
  public static void applyDefault(Scene scene) {
    scene.getStylesheets().setAll(url(BASE), url(ThemeName.LIGHT.stylesheet()));
  }

  private static String url(String resource) {
    return Objects.requireNonNull(Theme.class.getResource(resource), resource).toExternalForm();
  }
}
