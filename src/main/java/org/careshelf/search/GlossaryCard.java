package org.careshelf.search;

import java.util.ArrayList;
import java.util.List;
import org.careshelf.library.GlossaryTerm;
import org.careshelf.library.Words;
import org.careshelf.search.QueryAnalysis.Group;

/**
 * Picks the glossary entry a query names, shown as a card above the results: "crs" shows Cytokine
 * release syndrome, and so does "cytokine rel" while it is being typed.
 */
final class GlossaryCard {

  /** A glossary name as folded words, with its length in letters. */
  private record Name(List<String> words, int length, GlossaryTerm entry) {}

  private final List<Name> names = new ArrayList<>();

  GlossaryCard(List<GlossaryTerm> glossary) {
    for (GlossaryTerm entry : glossary) {
      for (String name : entry.names()) {
        List<String> words = Words.of(name);
        if (!words.isEmpty()) {
          names.add(new Name(words, String.join(" ", words).length(), entry));
        }
      }
    }
  }

  /**
   * The glossary entry the query names: the shortest name that the whole query is, or begins (while
   * the last word is being typed, that word may be the start of the name's word); failing that, the
   * entry named by the longest phrase in the query.
   */
  GlossaryTerm definition(List<Group> groups, List<QueryText.Word> words) {
    List<String> query = new ArrayList<>();
    for (QueryText.Word w : words) {
      for (String part : w.word().split(" ")) {
        if (!StopWords.contains(part) || words.size() == 1) {
          query.add(part);
        }
      }
    }
    boolean typing = words.get(words.size() - 1).typing();
    GlossaryTerm shortest = null;
    int shortestLength = Integer.MAX_VALUE;
    if (!query.isEmpty() && String.join("", query).length() >= 3) {
      for (Name name : names) {
        if (name.length() < shortestLength && begins(name.words(), query, typing)) {
          shortest = name.entry();
          shortestLength = name.length();
        }
      }
    }
    if (shortest != null) {
      return shortest;
    }
    Group best = null;
    for (Group group : groups) {
      if (group.entry() != null && (best == null || group.length() > best.length())) {
        best = group;
      }
    }
    return best == null ? null : best.entry();
  }

  private static boolean begins(List<String> name, List<String> query, boolean typing) {
    if (name.size() < query.size()) {
      return false;
    }
    int last = query.size() - 1;
    for (int i = 0; i < last; i++) {
      if (!name.get(i).equals(query.get(i))) {
        return false;
      }
    }
    String word = name.get(last);
    boolean whole = name.size() == query.size() && word.equals(query.get(last));
    return whole
        || (typing && query.get(last).length() >= 3 && word.startsWith(query.get(last)))
        || (name.size() > query.size() && word.equals(query.get(last)));
  }
}
