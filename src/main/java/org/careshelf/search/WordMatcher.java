package org.careshelf.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.careshelf.library.Words;

/**
 * Finds the words a search looked for in any text, ignoring case and accents and a plural's "s", so
 * that an opened article can show them; a word still being typed matches as the start of a word.
 */
public final class WordMatcher {

  /** Matches nothing. */
  public static final WordMatcher NONE = new WordMatcher(Set.of(), Set.of());

  private final Set<String> words;
  private final Set<String> prefixes;
  private final Set<String> singulars = new java.util.HashSet<>();

  /**
   * The first two letters (ASCII) of everything looked for, bit {@code 128 * first + second} (the
   * second 0 for what is one letter long); null when something starts otherwise. A word of an
   * article's text starting with two other letters is none looked for, and is not folded: a
   * singular and a word start keep a word's first two letters.
   */
  private final long[] starts;

  WordMatcher(Set<String> words, Set<String> prefixes) {
    this.words = Set.copyOf(words);
    this.prefixes = Set.copyOf(prefixes);
    words.forEach(w -> singulars.add(HeadIndex.singular(w)));
    starts = starts(List.of(this.words, this.prefixes, singulars));
  }

  private static long[] starts(List<Set<String>> sets) {
    long[] pairs = new long[128 * 128 / 64];
    for (Set<String> set : sets) {
      for (String word : set) {
        int first = word.isEmpty() ? 128 : word.charAt(0);
        int second = word.length() > 1 ? word.charAt(1) : 0;
        if (first >= 128 || second >= 128) {
          return null;
        }
        int bit = 128 * first + second;
        pairs[bit >> 6] |= 1L << bit;
      }
    }
    return pairs;
  }

  /** True when there is nothing to find. */
  public boolean isEmpty() {
    return words.isEmpty() && prefixes.isEmpty();
  }

  /** The whole words looked for, folded to lower case without accents. */
  public Set<String> words() {
    return words;
  }

  /** The starts of words looked for, folded likewise. */
  public Set<String> prefixes() {
    return prefixes;
  }

  /** The spans of {@code text} holding a word looked for, in order. */
  public List<Span> find(String text) {
    List<Span> found = new ArrayList<>();
    if (isEmpty() || text == null) {
      return found;
    }
    for (Words.Place place : Words.places(text, Integer.MAX_VALUE)) {
      if (foundAt(text, place.start(), place.end()) != null) {
        found.add(new Span(place.start(), place.end()));
      }
    }
    return found;
  }

  /**
   * The word of {@code text} from {@code start} to {@code end}, folded, when it is one looked for;
   * otherwise null; most words are told apart by their first two letters alone.
   */
  String foundAt(String text, int start, int end) {
    char first = text.charAt(start);
    char second = end - start > 1 ? text.charAt(start + 1) : 0;
    if (starts != null && first < 128 && second < 128) {
      // ASCII letters fold to their lower case, whatever follows them.
      int a = 128 * Character.toLowerCase(first);
      int b = a + Character.toLowerCase(second);
      if ((starts[a >> 6] & (1L << a)) == 0 && (second == 0 || (starts[b >> 6] & (1L << b)) == 0)) {
        return null;
      }
    }
    String folded = Words.fold(text.substring(start, end));
    return matches(folded) ? folded : null;
  }

  /** True when {@code word}, folded to lower case without accents, is one looked for. */
  boolean matches(String word) {
    // A plural and its singular ("fevers", "fever") are one word, as search finds both.
    if (words.contains(word)
        || (word.length() > 3 && singulars.contains(HeadIndex.singular(word)))) {
      return true;
    }
    for (String prefix : prefixes) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
