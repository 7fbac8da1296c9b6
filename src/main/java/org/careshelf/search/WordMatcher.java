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

  WordMatcher(Set<String> words, Set<String> prefixes) {
    this.words = Set.copyOf(words);
    this.prefixes = Set.copyOf(prefixes);
    words.forEach(w -> singulars.add(HeadIndex.singular(w)));
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
      if (matches(Words.fold(text.substring(place.start(), place.end())))) {
        found.add(new Span(place.start(), place.end()));
      }
    }
    return found;
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
