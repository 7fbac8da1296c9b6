package org.careshelf.library;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into the words the full-text index holds: runs of letters and digits, in lower case,
 * without accents, as SQLite's {@code unicode61 remove_diacritics 2} tokenizer sees them.
 */
public final class Words {

  private Words() {}

  /** The words of {@code text}, in order; punctuation, symbols and emoji separate words. */
  public static List<String> of(String text) {
    List<String> words = keepingCase(text);
    words.replaceAll(word -> word.toLowerCase(Locale.ROOT));
    return words;
  }

  /** The words of {@code text} as {@link #of} finds them, but in their own case ("CRS", "All"). */
  public static List<String> keepingCase(String text) {
    List<String> words = new ArrayList<>();
    String folded = stripAccents(text);
    int start = -1;
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      boolean wordChar = isWordChar(c);
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        words.add(folded.substring(start, i));
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      words.add(folded.substring(start));
    }
    return words;
  }

  /** {@code text} in lower case with its accents removed ("Lymphóma" becomes "lymphoma"). */
  public static String fold(String text) {
    return stripAccents(text).toLowerCase(Locale.ROOT);
  }

  private static String stripAccents(String text) {
    // A loop, not a stream: search folds every word of each snippet's text.
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 0x80;
    }
    if (ascii) {
      return text;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK
          && type != Character.ENCLOSING_MARK
          && type != Character.COMBINING_SPACING_MARK) {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /**
   * The one word that stands in the search index for every name of the glossary entry {@code term}
   * ("g0cytokinereleasesyndrome"): an article mentioning the entry by any name holds it, so a
   * search for a common entry reads one short list instead of matching many phrases. The digit
   * keeps it out of spelling suggestions.
   */
  public static String glossaryKey(String term) {
    return "g0" + String.join("", of(term));
  }

  /**
   * True for a word written as an abbreviation: two or more letters, all capitals ("ALL", "CRS"),
   * or a capital after the first letter ("mAb"). Such a word matches only in the same case, so that
   * "all" or "Car" in a sentence is not taken for one.
   */
  public static boolean isAbbreviation(String word) {
    if (word.length() < 2) {
      return false;
    }
    boolean allUpper =
        word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    boolean innerUpper = word.substring(1).codePoints().anyMatch(Character::isUpperCase);
    return allUpper || innerUpper;
  }

  /** Letters, digits and private-use characters make words, as in the tokenizer's defaults. */
  public static boolean isWordChar(int c) {
    if (c < 128) {
      // ASCII first: search splits every shown article's text, and most of it is ASCII.
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.LETTER_NUMBER
        || Character.getType(c) == Character.OTHER_NUMBER
        || Character.getType(c) == Character.PRIVATE_USE;
  }

  /** Where one word stands in a text: from {@code start} to {@code end}, as String offsets. */
  public record Place(int start, int end) {}

  /**
   * Where the words of {@code text} stand, at most {@code most} of them: runs of word characters,
   * with any accents typed after a letter as separate marks kept in the word.
   */
  public static List<Place> places(String text, int most) {
    List<Place> places = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length() && places.size() < most; ) {
      int c = i < text.length() ? text.codePointAt(i) : ' ';
      boolean inWord = isWordChar(c) || (start >= 0 && isMark(c));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        places.add(new Place(start, i));
        start = -1;
      }
      i += i < text.length() ? Character.charCount(c) : 1;
    }
    return places;
  }

  private static boolean isMark(int c) {
    if (c < 128) {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
