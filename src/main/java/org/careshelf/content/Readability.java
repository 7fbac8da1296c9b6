package org.careshelf.content;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Flesch-Kincaid grade of an article's running text: {@code 0.39 × words/sentences + 11.8 ×
 * syllables/words − 15.59}.
 *
 * <p>What is counted, so that authors and tests can count by hand:
 *
 * <ul>
 *   <li><b>Text:</b> every paragraph, including those in list items and block quotes. Headings,
 *       tables, code blocks, raw HTML and pictures are left out. A link counts as its words.
 *   <li><b>Words:</b> text is split at spaces, slashes and en or em dashes; a piece counts as one
 *       word when it holds a letter or a digit, after punctuation around it is dropped. Hyphenated
 *       words ({@code follow-up}) and contractions ({@code don't}) are one word.
 *   <li><b>Sentences:</b> a word ending in {@code .}, {@code !} or {@code ?} (maybe followed by a
 *       closing quote or bracket) ends a sentence, except after an abbreviation: one in {@link
 *       #ABBREVIATIONS}, or one with a period between letters ({@code U.S.}). Each paragraph, and
 *       so each list item, ends a sentence too: a list item without a full stop is one sentence.
 *   <li><b>Syllables</b> of an ordinary word: the groups of vowels ({@code a e i o u y}) in a row,
 *       less one for a silent final {@code e} after a consonant ({@code care}), except in a final
 *       consonant + {@code le} ({@code table}); at least one per word. Accents are ignored.
 *   <li>A word in capitals (two letters or more) is an abbreviation: it is read as a word, by the
 *       vowel groups, when it can be said as one ({@code CAR}: consonant, vowel, consonant; or four
 *       letters or more with a vowel and never three consonants in a row, as {@code ICANS});
 *       otherwise letter by letter ({@code FDA}: three), where {@code W} has three syllables and
 *       every other letter one. A single letter ({@code T} in {@code T cell}) has one.
 *   <li>A number has one syllable per digit ({@code 911}: three; {@code 2.5}: two); a {@code %}
 *       adds two ("percent"). In a word mixing letters and digits ({@code CD19}), each run of
 *       letters and each run of digits is counted by its rule; the parts of a hyphenated word are
 *       counted separately and added up.
 * </ul>
 */
public final class Readability {

  /** Short forms whose final period does not end a sentence. */
  static final Set<String> ABBREVIATIONS =
      Set.of("e.g.", "i.e.", "etc.", "vs.", "dr.", "mr.", "mrs.", "ms.", "st.", "approx.");

  private static final Pattern LETTERS_BETWEEN_PERIODS = Pattern.compile(".*\\p{L}\\.\\p{L}.*");
  private static final String CLOSERS = ")]}\"'\u201d\u2019\u00bb";

  private Readability() {}

  /** The counts of a text and the grade they give. */
  public record Score(int words, int sentences, int syllables) {

    /** The Flesch-Kincaid grade; 0 for a text without words. */
    public double grade() {
      if (words == 0 || sentences == 0) {
        return 0;
      }
      return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    /** The grade rounded to one decimal, as reports show it and the compiler checks it. */
    public double roundedGrade() {
      return Math.round(grade() * 10) / 10.0;
    }

    Score plus(Score other) {
      return new Score(
          words + other.words, sentences + other.sentences, syllables + other.syllables);
    }
  }

  /** One paragraph or list item: the line it starts on (in the body, from 1) and its score. */
  public record Passage(int line, Score score) {}

  /** The score of a Markdown body. */
  public static Score of(String markdownBody) {
    return of(Markdown.parse(markdownBody));
  }

  /** The score of a parsed Markdown body. */
  public static Score of(Document document) {
    Score total = new Score(0, 0, 0);
    for (Passage passage : passages(document)) {
      total = total.plus(passage.score());
    }
    return total;
  }

  /** Each counted paragraph with its own score, in reading order. */
  public static List<Passage> passages(Document document) {
    List<Passage> passages = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof Paragraph paragraph && isCounted(paragraph)) {
        Score score = ofText(plainText(paragraph));
        if (score.words() > 0) {
          passages.add(new Passage(paragraph.getLineNumber() + 1, score));
        }
      }
    }
    return passages;
  }

  private static boolean isCounted(Paragraph paragraph) {
    for (Node up = paragraph.getParent(); up != null; up = up.getParent()) {
      if (up instanceof TableBlock || up instanceof Heading) {
        return false;
      }
    }
    return true;
  }

  private static String plainText(Node parent) {
    StringBuilder text = new StringBuilder();
    appendText(parent, text);
    return text.toString();
  }

  private static void appendText(Node parent, StringBuilder text) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text) {
        text.append(node.getChars().unescape());
      } else if (node instanceof Code code) {
        text.append(code.getText());
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        text.append(' ');
      } else if (node instanceof Image || node instanceof ImageRef) {
        text.append(' ');
      } else if (node instanceof HtmlInlineBase) {
        // Tags are never shown, so they are not read.
      } else if (node.hasChildren()) {
        appendText(node, text);
      } else {
        text.append(node.getChars().unescape());
      }
    }
  }

  /** The score of one passage of plain text, which ends a sentence wherever it stops. */
  static Score ofText(String text) {
    // Tokens (split at \\s+) and their pieces (split at [/\u2013\u2014]+) are found by hand:
    // two regular-expression splits of each passage were a large part of a compile, which runs
    // mostly before the JIT has warmed up.
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    boolean open = false;
    String stripped = text.strip();
    int n = stripped.length();
    int at = 0;
    while (at < n) {
      while (at < n && isSpace(stripped.charAt(at))) {
        at++;
      }
      if (at == n) {
        break;
      }
      int tokenStart = at;
      while (at < n && !isSpace(stripped.charAt(at))) {
        at++;
      }
      int pieceStart = tokenStart;
      for (int i = tokenStart; i <= at; i++) {
        if (i < at && !isWordSeparator(stripped.charAt(i))) {
          continue;
        }
        if (i > pieceStart) {
          String piece = stripped.substring(pieceStart, i);
          String word = trimPunctuation(piece);
          if (!word.isEmpty()) {
            words++;
            syllables += syllables(word) + (piece.indexOf('%') >= 0 ? 2 : 0);
            open = true;
          }
        }
        pieceStart = i + 1;
      }
      if (open && endsSentence(stripped.substring(tokenStart, at))) {
        sentences++;
        open = false;
      }
    }
    if (open) {
      sentences++;
    }
    return new Score(words, sentences, syllables);
  }

  /** What {@code \\s} matches in a regular expression. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  /** A slash, an en dash or an em dash: they part words as spaces do. */
  private static boolean isWordSeparator(char c) {
    return c == '/' || c == '\u2013' || c == '\u2014';
  }

  private static boolean endsSentence(String token) {
    int end = token.length();
    while (end > 0 && CLOSERS.indexOf(token.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    char last = token.charAt(end - 1);
    if (last == '!' || last == '?') {
      return true;
    }
    if (last != '.') {
      return false;
    }
    int start = 0;
    while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
      start++;
    }
    String word = token.substring(start, end);
    return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
        && !LETTERS_BETWEEN_PERIODS.matcher(word).matches();
  }

  private static String trimPunctuation(String piece) {
    int start = 0;
    int end = piece.length();
    while (start < end && !Character.isLetterOrDigit(piece.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(piece.charAt(end - 1))) {
      end--;
    }
    return piece.substring(start, end);
  }

  /** The syllables of one word, by the rules in the class comment. */
  static int syllables(String word) {
    return Syllables.of(word);
  }
}
