package org.careshelf.handout;

import java.time.LocalDate;

/**
 * The words a handout prints around an article ("Words to know", the footer), from the app's one
 * message bundle, so a translation of the window is a translation of its handouts too.
 */
public interface HandoutMessages {

  /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
  String get(String key, Object... arguments);

  /** A date as the reader reads dates, such as 1 December 2026. */
  String date(LocalDate date);
}
