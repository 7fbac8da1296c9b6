package org.careshelf.sqlite;

/** A storage failure, carrying a message fit to show a reader instead of SQLite's own. */
public final class StoreException extends RuntimeException {

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
