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

  /** A name's words in their own case; abbreviations in capitals only match in capitals. */
  private record Name(List<String> words, GlossaryTerm entry) {}

  GlossaryWords(List<GlossaryTerm> glossary) {
    for (GlossaryTerm entry : glossary) {
      for (String name : entry.names()) {
        List<String> words = Words.keepingCase(name);
        if (!words.isEmpty()) {
          byFirstWord
              .computeIfAbsent(lower(words.get(0)), k -> new ArrayList<>())
              .add(new Name(words, entry));
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
    Set<GlossaryTerm> found = new LinkedHashSet<>();
    for (String text : texts) {
      List<String> words = Words.keepingCase(text);
      for (int i = 0; i < words.size(); i++) {
        for (Name name : byFirstWord.getOrDefault(lower(words.get(i)), List.of())) {
          if (!found.contains(name.entry()) && startsAt(words, i, name.words())) {
            found.add(name.entry());
          }
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (GlossaryTerm entry : found) {
      out.append(Words.glossaryKey(entry.term())).append(' ');
      out.append(String.join(" \u00b7 ", entry.names()));
      out.append('\n');
    }
    return out.toString();
  }

  private static boolean startsAt(List<String> words, int at, List<String> name) {
    if (at + name.size() > words.size()) {
      return false;
    }
    for (int i = 0; i < name.size(); i++) {
      String word = words.get(at + i);
      String wanted = name.get(i);
      boolean same =
          Words.isAbbreviation(wanted) ? word.equals(wanted) : lower(word).equals(lower(wanted));
      if (!same) {
        return false;
      }
    }
    return true;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
