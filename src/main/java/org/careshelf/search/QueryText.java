package org.careshelf.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careshelf.library.Words;

/**
 * What a reader typed, split into words the way the index splits text, each with where it stands in
 * the typed text. Nothing of the typed text reaches SQLite except these words, each quoted.
 */
final class QueryText {

  /** More words than this are left out: a pasted page still searches quickly. */
  static final int MOST_WORDS = 32;

  /** A word being typed matches longer words only once it has this many letters. */
  static final int MIN_PREFIX = 3;

  /** Longer words are cut to this length; no indexed word is longer. */
  static final int LONGEST_WORD = 40;

  /**
   * One typed word: folded ({@code word}), as typed ({@code typed}), where it is in the text, and
   * whether it may be the start of a longer word because the reader is still typing it.
   */
  record Word(String word, String typed, int start, int end, boolean typing) {

    Word withWord(String replacement) {
      return new Word(replacement, typed, start, end, false);
    }
  }

  private QueryText() {}

  /** The words of {@code text}, at most {@link #MOST_WORDS}. */
  static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    for (Words.Place place : Words.places(text, Integer.MAX_VALUE)) {
      if (words.size() == MOST_WORDS) {
        break;
      }
      add(words, text, place.start(), place.end());
    }
    if (!words.isEmpty()) {
      Word last = words.get(words.size() - 1);
      boolean typing = last.end() == text.length() && last.word().length() >= MIN_PREFIX;
      words.set(
          words.size() - 1, new Word(last.word(), last.typed(), last.start(), last.end(), typing));
    }
    return words;
  }

  private static void add(List<Word> words, String text, int start, int end) {
    String typed = text.substring(start, end);
    List<String> folded = Words.keepingCase(typed);
    if (folded.isEmpty()) {
      return;
    }
    String kept = String.join("", folded);
    String word = kept.toLowerCase(Locale.ROOT);
    if (word.length() > LONGEST_WORD) {
      word = word.substring(0, LONGEST_WORD);
      kept = kept.substring(0, Math.min(kept.length(), LONGEST_WORD));
    }
    words.add(new Word(word, kept, start, end, false));
  }
}
