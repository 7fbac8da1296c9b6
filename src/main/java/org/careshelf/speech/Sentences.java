package org.careshelf.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a block of text into sentences, as offsets into it, so that each can be spoken and marked
 * on its own.
 *
 * <p>A sentence ends at ".", "!" or "?" (with any closing quotes or brackets after it) followed by
 * a space and a word that may start a sentence, or at a line break. A full stop does not end one
 * after an abbreviation ("Dr. Lee", "e.g. fever") or inside a number ("100.4 °F"), which has no
 * space after it anyway. So {@code "Call Dr. Lee at 100.4 °F. Then rest."} is two sentences: "Call
 * Dr. Lee at 100.4 °F." and "Then rest.".
 */
public final class Sentences {

  /** Words that end in a full stop without ending a sentence (compared without the stop). */
  static final Set<String> ABBREVIATIONS =
      Set.of(
          "dr", "mr", "mrs", "ms", "prof", "st", "vs", "e.g", "i.e", "eg", "ie", "approx", "fig",
          "jr", "sr", "inc", "ltd", "dept");

  private Sentences() {}

  /** The sentences of {@code text}, in order, each without the spaces around it. */
  public static List<Span> of(String text) {
    List<Span> sentences = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int end = -1;
      if (c == '\n') {
        end = i;
      } else if (c == '.' || c == '!' || c == '?') {
        int after = i + 1;
        while (after < n && isCloser(text.charAt(after))) {
          after++;
        }
        if ((after == n || Character.isWhitespace(text.charAt(after)))
            && (c != '.' || !isAbbreviation(text, start, i))
            && startsSentence(text, after)) {
          end = after;
          i = after - 1;
        }
      }
      if (end >= 0) {
        add(text, start, end, sentences);
        start = end;
      }
    }
    add(text, start, n, sentences);
    return sentences;
  }

  /** The text from {@code start} to {@code end}, stripped of spaces; nothing when blank. */
  private static void add(String text, int start, int end, List<Span> sentences) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      sentences.add(new Span(start, end));
    }
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019';
  }

  /**
   * Whether the word ending at the full stop {@code dot} is an abbreviation. A single capital is
   * not taken for an initial: "hepatitis B." and "100.4 °F." end sentences far more often in these
   * articles than a name's initial stands inside one.
   */
  private static boolean isAbbreviation(String text, int from, int dot) {
    int begin = dot;
    while (begin > from && !Character.isWhitespace(text.charAt(begin - 1))) {
      begin--;
    }
    String word = text.substring(begin, dot);
    while (!word.isEmpty() && !Character.isLetterOrDigit(word.charAt(0))) {
      word = word.substring(1);
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether what follows {@code at} (after spaces) may begin a sentence: the end of the text, a
   * capital, a digit or an opening quote or bracket; a lowercase word after "etc." or "approx."
   * continues the same sentence.
   */
  private static boolean startsSentence(String text, int at) {
    int i = at;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return true;
    }
    char next = text.charAt(i);
    return !Character.isLowerCase(next);
  }

  /** A sentence: the characters from {@code start} (included) to {@code end} (excluded). */
  public record Span(int start, int end) {

    /** The sentence's words in {@code text}. */
    public String in(String text) {
      return text.substring(start, end);
    }
  }
}
