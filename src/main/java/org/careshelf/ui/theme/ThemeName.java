package org.careshelf.ui.theme;

import java.util.Arrays;
import java.util.Optional;

/** The reader's colour schemes; each is a style sheet of colours over the shared layout sheet. */
public enum ThemeName {
  LIGHT("light", "theme.light"),
  DARK("dark", "theme.dark"),
  HIGH_CONTRAST("high-contrast", "theme.highContrast");

  private final String id;
  private final String messageKey;

  ThemeName(String id, String messageKey) {
    this.id = id;
    this.messageKey = messageKey;
  }

  /** The name stored in settings and used for the style sheet's file name. */
  public String id() {
    return id;
  }

  /** The key of the theme's name in the message bundle. */
  public String messageKey() {
    return messageKey;
  }

  /** The style sheet holding this theme's colours. */
  public String stylesheet() {
    return "/org/careshelf/ui/theme/" + id + ".css";
  }

  /** The theme stored as {@code id}, if there is one. */
  public static Optional<ThemeName> of(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }
}
