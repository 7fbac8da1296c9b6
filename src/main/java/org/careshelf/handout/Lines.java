package org.careshelf.handout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks runs of words into lines that fit a width: at spaces, and inside a word only when the word
 * alone is wider than the line (a long web address), after a slash or a hyphen where it can.
 */
final class Lines {

  /** Some words in one weight, measured. */
  record Piece(String text, boolean bold, float width) {}

  /** One line: its pieces, left to right. */
  record Line(List<Piece> pieces) {
    float width() {
      float width = 0;
      for (Piece piece : pieces) {
        width += piece.width();
      }
      return width;
    }

    String text() {
      StringBuilder text = new StringBuilder();
      pieces.forEach(p -> text.append(p.text()));
      return text.toString();
    }
  }

  private final Fonts fonts;
  private final float size;
  private final float max;
  private final List<Line> lines = new ArrayList<>();
  private List<Piece> current = new ArrayList<>();
  private float used;

  private Lines(Fonts fonts, float size, float max) {
    this.fonts = fonts;
    this.size = size;
    this.max = max;
  }

  /** {@code runs} set at {@code size} points in lines at most {@code max} points wide. */
  static List<Line> of(List<Block.Run> runs, Fonts fonts, float size, float max) {
    Lines breaker = new Lines(fonts, size, max);
    for (Block.Run run : runs) {
      String text = fonts.printable(run.text());
      // Each token is a word with the spaces after it, so spaces stay where the author put them.
      for (String token : text.split("(?<= )(?=[^ ])")) {
        breaker.add(token, run.bold());
      }
    }
    breaker.endLine();
    return breaker.lines;
  }

  /** The width of {@code runs} on one line, as long as it is. */
  static float naturalWidth(List<Block.Run> runs, Fonts fonts, float size) {
    float width = 0;
    for (Block.Run run : runs) {
      width += fonts.width(fonts.printable(run.text()), run.bold(), size);
    }
    return width;
  }

  /** The width of the longest word of {@code runs}: a column narrower than this breaks words. */
  static float longestWord(List<Block.Run> runs, Fonts fonts, float size) {
    float longest = 0;
    for (Block.Run run : runs) {
      for (String word : fonts.printable(run.text()).split(" +")) {
        longest = Math.max(longest, fonts.width(word, run.bold(), size));
      }
    }
    return longest;
  }

  private void add(String token, boolean bold) {
    String word = token.stripTrailing();
    float wordWidth = fonts.width(word, bold, size);
    if (used + wordWidth > max && used > 0) {
      endLine();
      if (token.isBlank()) {
        return;
      }
    }
    if (wordWidth > max) {
      splitLongWord(word, bold);
      token = token.substring(word.length());
      if (token.isEmpty()) {
        return;
      }
      word = "";
    }
    if (used == 0 && token.isBlank()) {
      return;
    }
    float width = fonts.width(token, bold, size);
    current.add(new Piece(token, bold, width));
    used += width;
  }

  /**
   * Puts a word wider than a line on as many lines as it needs, breaking after / - ? & where
   * possible.
   */
  private void splitLongWord(String word, boolean bold) {
    String rest = word;
    while (!rest.isEmpty()) {
      int fit = 1;
      while (fit < rest.length()
          && fonts.width(rest.substring(0, fit + 1), bold, size) <= max - used) {
        fit++;
      }
      if (fit < rest.length()) {
        int nice =
            Math.max(
                rest.lastIndexOf('/', fit - 1),
                Math.max(
                    rest.lastIndexOf('-', fit - 1),
                    Math.max(rest.lastIndexOf('?', fit - 1), rest.lastIndexOf('&', fit - 1))));
        if (nice > fit / 3) {
          fit = nice + 1;
        }
      }
      String part = rest.substring(0, fit);
      float width = fonts.width(part, bold, size);
      current.add(new Piece(part, bold, width));
      used += width;
      rest = rest.substring(fit);
      if (!rest.isEmpty()) {
        endLine();
      }
    }
  }

  private void endLine() {
    if (current.isEmpty()) {
      return;
    }
    // A line's last space takes no room: it is dropped so lines measure what they show.
    Piece last = current.get(current.size() - 1);
    String trimmed = last.text().stripTrailing();
    current.set(
        current.size() - 1,
        new Piece(trimmed, last.bold(), fonts.width(trimmed, last.bold(), size)));
    lines.add(new Line(List.copyOf(current)));
    current = new ArrayList<>();
    used = 0;
  }
}
