package org.careshelf.handout;

import java.util.List;

/**
 * One piece of a handout's flow, from the top of the first page down: what {@link Typesetter} lays
 * out, paragraph by paragraph, onto as many pages as it needs.
 */
public sealed interface Block {

  /** A run of words in one weight; a line is made of runs, a paragraph of lines. */
  record Run(String text, boolean bold) {
    static Run plain(String text) {
      return new Run(text, false);
    }

    static Run bold(String text) {
      return new Run(text, true);
    }
  }

  /** How a paragraph is set: the body's size, or the smaller size of sources and notes. */
  enum Style {
    BODY,
    SUMMARY,
    SMALL
  }

  /** The handout's title (level 1) or a section's heading (2) or sub-heading (3 and below). */
  record Heading(int level, String text) implements Block {}

  /** A paragraph of words. */
  record Paragraph(List<Run> runs, Style style) implements Block {
    public Paragraph {
      runs = List.copyOf(runs);
    }

    public Paragraph(List<Run> runs) {
      this(runs, Style.BODY);
    }
  }

  /**
   * One item of a list: its marker ("•", "3.", or a box to tick when {@code checkbox}), how deep
   * the list is nested, and its words.
   */
  record Item(String marker, int depth, List<Run> runs, boolean checkbox) implements Block {
    public Item {
      runs = List.copyOf(runs);
    }
  }

  /** A table; the first row is its header when {@code header}. Each cell is a list of runs. */
  record Table(List<List<List<Run>>> rows, boolean header) implements Block {
    public Table {
      rows = rows.stream().map(row -> row.stream().map(List::copyOf).toList()).toList();
    }
  }

  /** A framed box with a heading, such as "Words to know" or the care team's phone numbers. */
  record Box(String title, List<Block> inside) implements Block {
    public Box {
      inside = List.copyOf(inside);
    }
  }

  /** Ruled lines to write an answer on. */
  record WritingLines(int count) implements Block {}

  /** A QR code of {@code address} with {@code caption} beside it. */
  record Code(String address, String caption) implements Block {}
}
