package org.careshelf.content;

import java.util.Comparator;

/** Something wrong in the library's sources, reported as {@code path:line: message}. */
public record Problem(String path, int line, String message) {

  /** Orders problems by file, then line, so a report reads top to bottom. */
  public static final Comparator<Problem> BY_LOCATION =
      Comparator.comparing(Problem::path).thenComparingInt(Problem::line);

  @Override
  public String toString() {
    return path + ":" + line + ": " + message;
  }
}
