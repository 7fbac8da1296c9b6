package org.careshelf.search;

import java.util.ArrayList;
import java.util.List;

/** A short text with the words that matched a search marked in it, such as a result's snippet. */
public record MarkedText(String text, List<Span> marks) {

  public MarkedText {
    marks = List.copyOf(marks);
  }

  /** A text with nothing marked. */
  public static MarkedText plain(String text) {
    return new MarkedText(text, List.of());
  }

  /**
   * Reads a text marked by the store, turning its markers into spans and runs of white space into
   * single spaces; a line break (between paragraphs, list items, table cells) after words that do
   * not end a sentence becomes " · ", so that separate runs never read as one.
   */
  static MarkedText fromStore(String marked) {
    if (marked == null) {
      return plain("");
    }
    StringBuilder text = new StringBuilder(marked.length());
    List<Span> marks = new ArrayList<>();
    int open = -1;
    boolean space = false;
    boolean lineBreak = false;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == SearchIndex.MARK_START.charAt(0)) {
        if (space && text.length() > 0) {
          text.append(lineBreak && !endsSentence(text) ? " \u00b7 " : " ");
        }
        space = false;
        lineBreak = false;
        open = text.length();
      } else if (c == SearchIndex.MARK_END.charAt(0)) {
        if (open >= 0 && text.length() > open) {
          marks.add(new Span(open, text.length()));
        }
        open = -1;
      } else if (c == '\n') {
        space = true;
        lineBreak = true;
      } else if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space && text.length() > 0) {
          text.append(lineBreak && !endsSentence(text) ? " \u00b7 " : " ");
        }
        space = false;
        lineBreak = false;
        text.append(c);
      }
    }
    return new MarkedText(text.toString(), marks);
  }

  private static boolean endsSentence(StringBuilder text) {
    char last = text.charAt(text.length() - 1);
    return ".!?:;\u2026".indexOf(last) >= 0;
  }

  /** True when at least one word is marked. */
  public boolean hasMarks() {
    return !marks.isEmpty();
  }

  /** The text with each marked part between {@code before} and {@code after}. */
  public String render(String before, String after) {
    StringBuilder out = new StringBuilder();
    for (Piece piece : pieces()) {
      out.append(piece.marked() ? before + piece.text() + after : piece.text());
    }
    return out.toString();
  }

  /** A run of the text, marked or not. */
  public record Piece(String text, boolean marked) {}

  /** The text cut at the edges of its marks, in order, leaving out empty runs. */
  public List<Piece> pieces() {
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    for (Span mark : marks) {
      if (mark.start() > at) {
        pieces.add(new Piece(text.substring(at, mark.start()), false));
      }
      pieces.add(new Piece(text.substring(mark.start(), mark.end()), true));
      at = mark.end();
    }
    if (at < text.length()) {
      pieces.add(new Piece(text.substring(at), false));
    }
    return pieces;
  }
}
