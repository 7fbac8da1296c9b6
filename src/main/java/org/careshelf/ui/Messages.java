package org.careshelf.ui;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words the reader sees, from one resource bundle, so a translation can follow. */
public final class Messages implements org.careshelf.handout.HandoutMessages {

  private final ResourceBundle bundle;
  private final DateTimeFormatter dates;

  private Messages(ResourceBundle bundle, Locale asked) {
    this.bundle = bundle;
    // Dates are in the language of the words around them (the base bundle is English), in the
    // reader's own country's form when the reader reads that language: 1 December 2026 in Britain.
    Locale words = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    Locale form = asked.getLanguage().equals(words.getLanguage()) ? asked : words;
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(form);
  }

  /** The messages for {@code locale}, falling back to English. */
  public static Messages forLocale(Locale locale) {
    return new Messages(ResourceBundle.getBundle("org.careshelf.ui.messages", locale), locale);
  }

  /** A date as the reader reads dates, such as 1 December 2026. */
  public String date(TemporalAccessor date) {
    return dates.format(date);
  }

  @Override
  public String date(java.time.LocalDate date) {
    return dates.format(date);
  }

  /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
  @Override
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
