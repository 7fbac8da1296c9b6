package org.careshelf.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.careshelf.library.GlossaryTerm;
import org.careshelf.library.Words;

/**
 * Finds the glossary entries an article mentions, by any of their names, so the search index can
 * hold every name of each: an article that says "CRS" is found by "cytokine storm" too.
 */
final class GlossaryWords {

  /** Each name of each entry as words, grouped by its first word in lower case. */
  private final Map<String, List<Name>> byFirstWord = new HashMap<>();

  /** The entries, each once: equal entries share the first one's place. */
  private final List<GlossaryTerm> entries = new ArrayList<>();

  /**
   * A name's words in their own case (abbreviations in capitals only match in capitals), and its
   * entry's place in {@link #entries}: comparing places, not whole entries with their definitions,
   * keeps the search for mentions from hashing every definition at every word.
   */
  private record Name(List<String> words, List<String> lowered, boolean[] capitals, int entry) {

    /**
     * Whether {@code words} (and their lower case, {@code lowered}) hold this name at {@code at}.
     */
    boolean startsAt(List<String> text, List<String> loweredText, int at) {
      if (at + words.size() > text.size()) {
        return false;
      }
      for (int i = 0; i < words.size(); i++) {
        boolean same =
            capitals[i]
                ? text.get(at + i).equals(words.get(i))
                : loweredText.get(at + i).equals(lowered.get(i));
        if (!same) {
          return false;
        }
      }
      return true;
    }
  }

  GlossaryWords(List<GlossaryTerm> glossary) {
    Map<GlossaryTerm, Integer> places = new HashMap<>();
    for (GlossaryTerm entry : glossary) {
      int place =
          places.computeIfAbsent(
              entry,
              e -> {
                entries.add(e);
                return entries.size() - 1;
              });
      for (String name : entry.names()) {
        List<String> words = Words.keepingCase(name);
        if (!words.isEmpty()) {
          byFirstWord
              .computeIfAbsent(lower(words.get(0)), k -> new ArrayList<>())
              .add(name(words, place));
        }
      }
    }
  }

  /**
   * Every name (term and aliases) of the entries mentioned in {@code texts}, after the entry's
   * {@link Words#glossaryKey key}, one entry per line, in the order they are first mentioned; empty
   * when none is.
   */
  String mentionedIn(String... texts) {
    Set<Integer> found = new LinkedHashSet<>();
    for (String text : texts) {
      List<String> words = Words.keepingCase(text);
      List<String> lowered = words.stream().map(GlossaryWords::lower).toList();
      for (int i = 0; i < words.size(); i++) {
        for (Name name : byFirstWord.getOrDefault(lowered.get(i), List.of())) {
          if (!found.contains(name.entry()) && name.startsAt(words, lowered, i)) {
            found.add(name.entry());
          }
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (int place : found) {
      GlossaryTerm entry = entries.get(place);
      out.append(Words.glossaryKey(entry.term())).append(' ');
      out.append(String.join(" \u00b7 ", entry.names()));
      out.append('\n');
    }
    return out.toString();
  }

  // Each name's words are lowered and classed once, not at every word of every article.
  private static Name name(List<String> words, int place) {
    boolean[] capitals = new boolean[words.size()];
    for (int i = 0; i < capitals.length; i++) {
      capitals[i] = Words.isAbbreviation(words.get(i));
    }
    return new Name(words, words.stream().map(GlossaryWords::lower).toList(), capitals, place);
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
