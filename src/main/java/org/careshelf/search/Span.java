package org.careshelf.search;

/** A range of characters in a text, from {@code start} (inclusive) to {@code end} (exclusive). */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
