package org.careshelf.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.careshelf.library.GlossaryTerm;

/**
 * Turns the reader's words into what the index is asked: groups of alternatives (a glossary entry's
 * names, a synonym set, or the word itself), written as FTS5 queries of quoted words.
 */
final class QueryAnalysis {

  /** More words than this in one search are left out, so that a pasted page stays quick. */
  static final int MOST_GROUPS = 12;

  /** Words that must all be found; each may be found in any of its alternative forms. */
  record Group(List<Alternative> alternatives, GlossaryTerm entry, int length) {}

  /** One form of a group: a word or phrase, the last word perhaps still being typed. */
  record Alternative(List<String> words, boolean typing) {}

  private final PhraseBook phrases;

  QueryAnalysis(PhraseBook phrases) {
    this.phrases = phrases;
  }

  /** The groups of {@code corrected}, little words left out unless the query has nothing else. */
  List<Group> groups(List<QueryText.Word> corrected) {
    List<QueryText.Word> words = new ArrayList<>();
    for (QueryText.Word word : corrected) {
      if (word.word().contains(" ")) {
        for (String part : word.word().split(" ")) {
          words.add(new QueryText.Word(part, part, word.start(), word.end(), false));
        }
      } else {
        words.add(word);
      }
    }
    boolean onlyLittleWords = words.stream().allMatch(w -> StopWords.contains(w.word()));
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < words.size() && groups.size() < MOST_GROUPS; ) {
      QueryText.Word word = words.get(i);
      PhraseBook.Found found = phrases.longestAt(words, i);
      if (found != null) {
        Set<Alternative> alternatives = new LinkedHashSet<>();
        if (found.length() == 1 && word.typing()) {
          alternatives.add(new Alternative(List.of(word.word()), true));
        }
        for (List<String> a : found.alternatives()) {
          if (found.alternatives().stream().noneMatch(b -> b != a && holds(a, b))) {
            alternatives.add(new Alternative(a, false));
          }
        }
        groups.add(new Group(List.copyOf(alternatives), found.entry(), found.length()));
        i += found.length();
        continue;
      }
      if (onlyLittleWords || !StopWords.contains(word.word())) {
        groups.add(
            new Group(List.of(new Alternative(List.of(word.word()), word.typing())), null, 1));
      }
      i++;
    }
    return groups;
  }

  /**
   * True when {@code longer} holds {@code shorter} as a run of its words ("car t cell therapy"
   * holds "car t"): the shorter name finds every article the longer one does, and each name matched
   * counts again in bm25, so keeping both made an entry with many names outweigh the other words of
   * the query.
   */
  private static boolean holds(List<String> longer, List<String> shorter) {
    if (shorter.size() >= longer.size()) {
      return false;
    }
    return java.util.Collections.indexOfSubList(longer, shorter) >= 0;
  }

  /** Which of {@code words} the phrase book names (as part of a glossary name or synonym). */
  boolean[] namedByPhrases(List<QueryText.Word> words) {
    boolean[] named = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      PhraseBook.Found found = phrases.longestAt(words, i);
      if (found != null) {
        for (int j = i; j < i + found.length(); j++) {
          named[j] = true;
        }
      }
    }
    return named;
  }

  /** The FTS5 query for the groups, joined by {@code operator} (" AND " or " OR "). */
  static String match(List<Group> groups, String operator) {
    return match(groups, operator, false);
  }

  /**
   * The FTS5 query for the stemmed index: the same, with a word being typed as a whole word (the
   * stemmer would cut a typed start too: "ins" becomes "in"; the exact index finds what it starts),
   * and without a short abbreviation among other names ("CR" for complete remission), which the
   * stemmer would take for another ("CRS" stems to "cr"); the glossary column holds every name of
   * an entry an article mentions, so the other names still find those articles.
   */
  static String stemMatch(List<Group> groups, String operator) {
    return match(groups, operator, true);
  }

  private static String match(List<Group> groups, String operator, boolean stems) {
    List<String> parts = new ArrayList<>();
    for (List<Alternative> alternatives : searched(groups, stems)) {
      List<String> phrases = alternatives.stream().map(a -> phrase(a.words(), a.typing())).toList();
      parts.add(phrases.size() == 1 ? phrases.get(0) : "(" + String.join(" OR ", phrases) + ")");
    }
    return String.join(operator, parts);
  }

  /**
   * The alternatives of each group that {@link #match} or {@link #stemMatch} asks for, in the order
   * of the query's phrases, a word being typed marked so only in the exact index.
   */
  static List<List<Alternative>> searched(List<Group> groups, boolean stems) {
    List<List<Alternative>> searched = new ArrayList<>();
    for (Group group : groups) {
      List<Alternative> alternatives = new ArrayList<>();
      for (Alternative a : group.alternatives()) {
        boolean abbreviation = a.words().size() == 1 && a.words().get(0).length() <= 3;
        if (!(stems && abbreviation && group.alternatives().size() > 1)) {
          alternatives.add(new Alternative(a.words(), a.typing() && !stems));
        }
      }
      searched.add(alternatives);
    }
    return searched;
  }

  /**
   * One FTS5 string: the words, double quotes doubled, within double quotes, so that nothing in
   * them (AND, NEAR, *, ^, :, brackets) is read as query syntax; a trailing * makes the last word a
   * prefix.
   */
  static String phrase(List<String> words, boolean typing) {
    String quoted = "\"" + String.join(" ", words).replace("\"", "\"\"") + "\"";
    return typing ? quoted + "*" : quoted;
  }

  /** True when a word of the groups is still being typed, so it may start a longer word. */
  static boolean typing(List<Group> groups) {
    return groups.stream().anyMatch(g -> g.alternatives().stream().anyMatch(Alternative::typing));
  }

  /** What marks the words found in an article: every word of every alternative. */
  static WordMatcher matcher(List<Group> groups) {
    Set<String> words = new HashSet<>();
    Set<String> prefixes = new HashSet<>();
    for (Group group : groups) {
      for (Alternative a : group.alternatives()) {
        for (int i = 0; i < a.words().size(); i++) {
          boolean last = i == a.words().size() - 1;
          (last && a.typing() ? prefixes : words).add(a.words().get(i));
        }
      }
    }
    return new WordMatcher(words, prefixes);
  }
}
