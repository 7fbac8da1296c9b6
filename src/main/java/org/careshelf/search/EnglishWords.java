package org.careshelf.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Ordinary English words, so that a word the library lacks but English has ("hair") is reported as
 * not found rather than "corrected" into a word the library holds ("chair"). The list is Debian's
 * wamerican (SCOWL size 50, about 74,000 words), folded as the index folds words; its licence is
 * {@code english-words-LICENSE.txt} beside it.
 */
final class EnglishWords {

  private static final String LIST = "english-words.txt";

  private EnglishWords() {}

  /** Read once, when a search first needs it, and shared by every engine. */
  private static final class Holder {
    static final String[] WORDS = read();
  }

  /** True when {@code word} (folded: lower case, no accents) is an English word. */
  static boolean contains(String word) {
    return Arrays.binarySearch(Holder.WORDS, word) >= 0;
  }

  private static String[] read() {
    try (InputStream in =
        Objects.requireNonNull(EnglishWords.class.getResourceAsStream(LIST), LIST)) {
      String[] words = new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n");
      // The file is sorted already; sorting again keeps a hand-edited list correct.
      Arrays.sort(words);
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
