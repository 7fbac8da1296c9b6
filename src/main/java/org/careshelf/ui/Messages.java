package org.careshelf.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words the reader sees, from one resource bundle, so a translation can follow. */
public final class Messages {

  private final ResourceBundle bundle;

  private Messages(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  /** The messages for {@code locale}, falling back to English. */
  public static Messages forLocale(Locale locale) {
    return new Messages(ResourceBundle.getBundle("org.careshelf.ui.messages", locale));
  }

  /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
  public String get(String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no message '" + key + "'", e);
    }
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
  }
}
