package org.careshelf.content;

import java.util.List;

/**
 * One block of an article as the reader shows it (a heading, a paragraph, a list item's paragraph,
 * a table cell), with what read aloud needs to say it: its kind, the column header of a cell, and
 * the stretches of the shown text that are not to be spoken (the address after a web link).
 *
 * @param text the block's words exactly as shown, so that offsets into it find the shown words
 * @param header for a table cell, its column's header; empty otherwise
 * @param quiet stretches of {@code text}, in order, that are shown but not spoken
 * @param endsGroup true for the last item of a list and the last cell of a table row
 */
public record Passage(Kind kind, String text, String header, List<Range> quiet, boolean endsGroup) {

  /** What a block is, which decides how it is read. */
  public enum Kind {
    TITLE,
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    TABLE_HEADER,
    TABLE_CELL,
    CODE
  }

  /** The characters from {@code start} (included) to {@code end} (excluded). */
  public record Range(int start, int end) {}

  public Passage {
    quiet = List.copyOf(quiet);
  }

  /** A block with every word spoken. */
  public static Passage of(Kind kind, String text) {
    return new Passage(kind, text, "", List.of(), false);
  }
}
