package org.careshelf.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Corrects the words of a query that the library does not hold: the indexed word fewest edits away,
 * chosen by the words around it; failing that, one that sounds the same ("limfoma"); failing that,
 * two words run together ("lymphnode"). A word the library holds in another form ("qualifies" for
 * "qualify") and an ordinary English word ("hair", never "chair") are left as typed.
 */
final class Spelling {

  private final Vocabulary vocabulary;
  private final QueryAnalysis analysis;
  private final SearchIndex index;

  Spelling(Vocabulary vocabulary, QueryAnalysis analysis, SearchIndex index) {
    this.vocabulary = vocabulary;
    this.analysis = analysis;
    this.index = index;
  }

  /** The words with each one the library does not hold replaced by its closest indexed word. */
  List<QueryText.Word> corrected(List<QueryText.Word> typed) {
    boolean[] named = analysis.namedByPhrases(typed);
    List<QueryText.Word> result = new ArrayList<>(typed);
    for (int i = 0; i < result.size(); i++) {
      QueryText.Word word = result.get(i);
      if (named[i]
          || isKnown(word)
          || !isCorrectable(word.word())
          || EnglishWords.contains(word.word())
          || index.stemFinds(QueryAnalysis.phrase(List.of(word.word()), false))) {
        continue;
      }
      String best = closest(result, i);
      if (best == null) {
        best = vocabulary.soundingLike(word.word());
      }
      if (best == null) {
        best = split(word.word());
      }
      if (best != null) {
        result.set(i, word.withWord(best));
      }
    }
    return result;
  }

  private boolean isKnown(QueryText.Word word) {
    return vocabulary.contains(word.word()) || (word.typing() && vocabulary.hasPrefix(word.word()));
  }

  private static boolean isCorrectable(String word) {
    return word.length() >= 3
        && word.length() < QueryText.LONGEST_WORD
        && !StopWords.contains(word)
        && word.chars().allMatch(Character::isLetter);
  }

  /** Two indexed words run together ("lymphnode"), as "lymph node", or null. */
  private String split(String word) {
    String best = null;
    int bestCount = 0;
    for (int k = 2; k <= word.length() - 2; k++) {
      String left = word.substring(0, k);
      String right = word.substring(k);
      int count = Math.min(vocabulary.articles(left), vocabulary.articles(right));
      if (count > bestCount && !StopWords.contains(left) && !StopWords.contains(right)) {
        best = left + " " + right;
        bestCount = count;
      }
    }
    return best;
  }

  /**
   * The indexed word closest to word {@code at}: fewest edits, then the one that most often stands
   * next to its neighbours in the library ("cytokine relase" is "cytokine release", not "relapse"),
   * then the most common.
   */
  private String closest(List<QueryText.Word> words, int at) {
    String typed = words.get(at).word();
    int max = typed.length() <= 5 ? 1 : 2;
    List<Vocabulary.Suggestion> found =
        vocabulary.closest(typed, max, words.get(at).typing()).stream()
            .filter(s -> s.distance() < 2 || s.word().charAt(0) == typed.charAt(0))
            .toList();
    if (found.isEmpty()) {
      return null;
    }
    int distance = found.get(0).distance();
    boolean start = found.get(0).start();
    List<Vocabulary.Suggestion> nearest =
        found.stream()
            .filter(s -> s.distance() == distance && s.start() == start)
            .limit(4)
            .toList();
    if (nearest.size() == 1) {
      return nearest.get(0).word();
    }
    QueryText.Word before = neighbour(words, at, -1);
    QueryText.Word after = neighbour(words, at, +1);
    if (before == null && after == null) {
      return nearest.get(0).word();
    }
    String best = nearest.get(0).word();
    int bestCount = 0;
    for (Vocabulary.Suggestion s : nearest) {
      int count = 0;
      if (before != null) {
        count += index.countMatches(QueryAnalysis.phrase(List.of(before.word(), s.word()), false));
      }
      if (after != null) {
        count +=
            index.countMatches(
                QueryAnalysis.phrase(List.of(s.word(), after.word()), after.typing()));
      }
      if (count > bestCount) {
        best = s.word();
        bestCount = count;
      }
    }
    return best;
  }

  private static QueryText.Word neighbour(List<QueryText.Word> words, int at, int step) {
    for (int i = at + step; i >= 0 && i < words.size(); i += step) {
      QueryText.Word word = words.get(i);
      if (!StopWords.contains(word.word())) {
        return word.word().contains(" ") ? null : word;
      }
    }
    return null;
  }

  /** The typed text with each corrected word replaced, or null when nothing was corrected. */
  static String correctionText(
      String text, List<QueryText.Word> typed, List<QueryText.Word> corrected) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    boolean changed = false;
    for (int i = 0; i < typed.size(); i++) {
      QueryText.Word before = typed.get(i);
      QueryText.Word after = corrected.get(i);
      if (!before.word().equals(after.word())) {
        out.append(text, at, before.start()).append(after.word());
        at = before.end();
        changed = true;
      }
    }
    if (!changed) {
      return null;
    }
    int end = typed.get(typed.size() - 1).end();
    return out.append(text, at, end).toString().strip();
  }
}
