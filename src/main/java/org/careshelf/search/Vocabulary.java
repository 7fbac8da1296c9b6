package org.careshelf.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The words of the search index and how many articles hold each, with their sound-alike keys, kept
 * in memory so that checking a word and suggesting a spelling never waits on the database.
 */
final class Vocabulary {

  /**
   * A word the index holds, how far it is from what was typed (or from its start, when {@code
   * start}), and how common it is.
   */
  record Suggestion(String word, int distance, boolean start, int articles) {}

  private static final int LONGEST = QueryText.LONGEST_WORD;

  private final String[] words;
  private final int[] articles;

  /** The indexes of the words that may be suggested, grouped by their length. */
  private final int[][] byLength = new int[LONGEST + 1][];

  /** The indexes of the words that may be suggested, by each of their Double Metaphone keys. */
  private final Map<String, List<Integer>> bySound = new HashMap<>();

  private final DoubleMetaphone metaphone = new DoubleMetaphone();

  Vocabulary(List<IndexWord> indexWords) {
    List<IndexWord> sorted = new ArrayList<>(indexWords);
    sorted.sort(Comparator.comparing(IndexWord::word));
    words = new String[sorted.size()];
    articles = new int[sorted.size()];
    List<List<Integer>> lengths = new ArrayList<>();
    for (int i = 0; i <= LONGEST; i++) {
      lengths.add(new ArrayList<>());
    }
    for (int i = 0; i < sorted.size(); i++) {
      words[i] = sorted.get(i).word();
      articles[i] = sorted.get(i).articles();
      if (isSuggestible(words[i])) {
        lengths.get(words[i].length()).add(i);
        for (String key : sounds(words[i])) {
          bySound.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
      }
    }
    for (int i = 0; i <= LONGEST; i++) {
      byLength[i] = lengths.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** Words of letters only, long enough to be worth suggesting. */
  private static boolean isSuggestible(String word) {
    return word.length() >= 3
        && word.length() <= LONGEST
        && word.chars().allMatch(Character::isLetter);
  }

  int size() {
    return words.length;
  }

  /** True when the index holds exactly {@code word}. */
  boolean contains(String word) {
    return Arrays.binarySearch(words, word) >= 0;
  }

  /** How many articles hold {@code word}; 0 when none does. */
  int articles(String word) {
    int at = Arrays.binarySearch(words, word);
    return at >= 0 ? articles[at] : 0;
  }

  /**
   * At most how many articles hold a word starting with {@code prefix} (the sum over those words,
   * so an article holding two of them counts twice).
   */
  long articlesWithPrefix(String prefix) {
    int at = Arrays.binarySearch(words, prefix);
    long total = 0;
    for (int i = at >= 0 ? at : -at - 1; i < words.length && words[i].startsWith(prefix); i++) {
      total += articles[i];
    }
    return total;
  }

  /** True when the index holds a word starting with {@code prefix}. */
  boolean hasPrefix(String prefix) {
    int at = Arrays.binarySearch(words, prefix);
    if (at >= 0) {
      return true;
    }
    int next = -at - 1;
    return next < words.length && words[next].startsWith(prefix);
  }

  /**
   * The indexed words closest to {@code typed}, at most {@code max} edits away, nearest first and
   * then most common first. When {@code typing}, {@code typed} may be the start of a longer word,
   * so it is also compared with the starts of longer words.
   */
  List<Suggestion> closest(String typed, int max, boolean typing) {
    List<Suggestion> found = new ArrayList<>();
    int length = typed.length();
    int from = Math.max(3, length - max);
    int to = typing ? LONGEST : Math.min(LONGEST, length + max);
    for (int l = from; l <= to; l++) {
      for (int i : byLength[l]) {
        String word = words[i];
        int distance = EditDistance.within(typed, word, max);
        boolean start = false;
        if (typing && distance > 0) {
          int startDistance = startDistance(typed, word, max);
          start = startDistance < distance;
          distance = Math.min(distance, startDistance);
        }
        if (distance <= max) {
          found.add(new Suggestion(word, distance, start, articles[i]));
        }
      }
    }
    found.sort(
        Comparator.comparingInt(Suggestion::distance)
            .thenComparing(Suggestion::start)
            .thenComparing(Comparator.comparingInt(Suggestion::articles).reversed())
            .thenComparing(Suggestion::word));
    return found;
  }

  /**
   * The indexed word that sounds most like {@code typed} ("limfoma" sounds like "lymphoma"): one
   * sharing a Double Metaphone key of at least three sounds, the fewest edits away, then the most
   * common; or null, also for words under five letters.
   */
  String soundingLike(String typed) {
    if (typed.length() < 5) {
      return null;
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int bestArticles = -1;
    for (String key : sounds(typed)) {
      for (int i : bySound.getOrDefault(key, List.of())) {
        // A sound-alike is a spelling of the same word: not a word twice as long, nor one that
        // starts otherwise ("prostat" sounds like "breast" to Double Metaphone).
        if (Math.abs(words[i].length() - typed.length()) > Math.max(2, typed.length() / 3)
            || !sameStart(typed, words[i])) {
          continue;
        }
        int distance = EditDistance.within(typed, words[i], LONGEST);
        if (distance > (typed.length() + 1) / 2) {
          continue;
        }
        if (distance < bestDistance || (distance == bestDistance && articles[i] > bestArticles)) {
          best = words[i];
          bestDistance = distance;
          bestArticles = articles[i];
        }
      }
    }
    return best;
  }

  /** True when two spellings start with the same letter, or with c and k, or with f and ph. */
  private static boolean sameStart(String typed, String word) {
    char a = typed.charAt(0);
    char b = word.charAt(0);
    return a == b
        || (a == 'c' && b == 'k')
        || (a == 'k' && b == 'c')
        || (a == 'f' && word.startsWith("ph"));
  }

  /** The Double Metaphone keys of a word (one or two), empty for a word too short to key. */
  private List<String> sounds(String word) {
    String primary = metaphone.doubleMetaphone(word);
    String alternate = metaphone.doubleMetaphone(word, true);
    // A key of one or two sounds ("SS" for "xyzzy") is shared by too many unrelated words.
    if (primary == null || primary.length() < 3) {
      return List.of();
    }
    return alternate == null || alternate.equals(primary) || alternate.length() < 3
        ? List.of(primary)
        : List.of(primary, alternate);
  }

  /** The distance from {@code typed} to the start of {@code word} that is nearest to it. */
  private static int startDistance(String typed, String word, int max) {
    int best = max + 1;
    for (int l = typed.length() - 1; l <= typed.length() + 1; l++) {
      if (l >= 1 && l < word.length()) {
        best = Math.min(best, EditDistance.within(typed, word.substring(0, l), max));
      }
    }
    return best;
  }
}
