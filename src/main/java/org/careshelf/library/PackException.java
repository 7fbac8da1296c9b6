package org.careshelf.library;

/** A library pack refused, with one plain line saying why, fit to print or show. */
public final class PackException extends Exception {

  public PackException(String message) {
    super(message);
  }

  public PackException(String message, Throwable cause) {
    super(message, cause);
  }
}
