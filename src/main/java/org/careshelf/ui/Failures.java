package org.careshelf.ui;

/**
 * Where every failure goes: the reader is told in one plain sentence from the bundle, and the cause
 * is written to the log. The log holds message keys, article ids and errors, never what the reader
 * typed or noted.
 */
public interface Failures {

  /** Tells the reader the sentence {@code messageKey} names, and logs {@code cause}. */
  void tell(String messageKey, Throwable cause);

  /**
   * Logs {@code cause} under {@code what} without telling the reader: for a failure the reader has
   * already been told of, or one that changes nothing they see.
   */
  void log(String what, Throwable cause);
}
