package org.careshelf.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careshelf.library.GlossaryTerm;
import org.careshelf.library.Words;

/**
 * Every name a search should widen: each glossary term and alias (finding all the names of its
 * entry) and each set of {@link Synonyms}. Finds them among typed words, longest first.
 */
final class PhraseBook {

  /**
   * A phrase to look for, as folded words; {@code capitalsOnly} is the spelling a typed word must
   * have where the phrase is an abbreviation that is also a little word ("ALL", not "all").
   */
  private record Phrase(
      List<String> words,
      String capitalsOnly,
      Set<List<String>> alternatives,
      GlossaryTerm entry) {}

  /** Phrases found at one place among the typed words. */
  record Found(int length, Set<List<String>> alternatives, GlossaryTerm entry) {}

  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
  private final Set<List<String>> named = new LinkedHashSet<>();

  PhraseBook(List<GlossaryTerm> glossary, List<List<String>> synonyms) {
    for (GlossaryTerm entry : glossary) {
      List<String> names = entry.names();
      Set<List<String>> alternatives = new LinkedHashSet<>();
      for (String name : names) {
        List<String> words = Words.of(name);
        if (!words.isEmpty()) {
          alternatives.add(words);
        }
      }
      for (String name : names) {
        List<String> typed = Words.keepingCase(name);
        if (typed.isEmpty()) {
          continue;
        }
        List<String> words = Words.of(name);
        String capitalsOnly =
            words.size() == 1
                    && Words.isAbbreviation(typed.get(0))
                    && StopWords.contains(words.get(0))
                ? typed.get(0)
                : null;
        add(new Phrase(words, capitalsOnly, alternatives, entry));
        String joined = String.join("", words);
        if (words.size() > 1 && joined.length() >= 4) {
          add(new Phrase(List.of(joined), null, alternatives, entry));
        }
      }
    }
    for (List<String> set : synonyms) {
      Set<List<String>> alternatives = new LinkedHashSet<>();
      set.forEach(phrase -> alternatives.add(Words.of(phrase)));
      for (List<String> words : alternatives) {
        add(new Phrase(words, null, alternatives, null));
      }
    }
  }

  private void add(Phrase phrase) {
    named.addAll(phrase.alternatives());
    byFirstWord.computeIfAbsent(phrase.words().get(0), k -> new ArrayList<>()).add(phrase);
  }

  /**
   * Every alternative a search may ask for ("fees", "side effects", "comes back"), each as its
   * words, so that the index can count the phrases and stem the words beforehand.
   */
  List<List<String>> names() {
    return List.copyOf(named);
  }

  /** The longest phrases starting at {@code at}, with every alternative they bring, or null. */
  Found longestAt(List<QueryText.Word> typed, int at) {
    int longest = 0;
    Set<List<String>> alternatives = new LinkedHashSet<>();
    GlossaryTerm entry = null;
    for (Phrase phrase : byFirstWord.getOrDefault(typed.get(at).word(), List.of())) {
      int length = phrase.words().size();
      if (length < longest || !matches(phrase, typed, at)) {
        continue;
      }
      if (length > longest) {
        longest = length;
        alternatives.clear();
        entry = null;
      }
      alternatives.addAll(phrase.alternatives());
      if (entry == null) {
        entry = phrase.entry();
      }
    }
    return longest == 0 ? null : new Found(longest, alternatives, entry);
  }

  private static boolean matches(Phrase phrase, List<QueryText.Word> typed, int at) {
    List<String> words = phrase.words();
    if (at + words.size() > typed.size()) {
      return false;
    }
    if (phrase.capitalsOnly() != null && !typed.get(at).typed().equals(phrase.capitalsOnly())) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (!typed.get(at + i).word().equals(words.get(i))) {
        return false;
      }
    }
    return true;
  }
}
