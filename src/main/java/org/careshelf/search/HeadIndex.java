package org.careshelf.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.careshelf.library.Words;
import org.careshelf.search.QueryAnalysis.Alternative;
import org.careshelf.search.QueryAnalysis.Group;

/**
 * The titles and patient questions of every article, as numbered words in memory, so that the
 * articles whose title or questions hold every word of a query are found and ordered without asking
 * SQLite to rank thousands of rows: bm25 there costs about 3 microseconds a row, here a fraction of
 * that. Questions match a word's plural too ("seizure" finds "Can CAR T cause seizures?").
 */
final class HeadIndex {

  /** The two short texts of an article held here. */
  enum Field {
    TITLE,
    QUESTIONS
  }

  /** Stands between two questions, so that no phrase runs from one into the next. */
  private static final int BREAK = -1;

  // bm25's constants, as in FTS5.
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private final long[] rows;
  private final int[][][] words = new int[Field.values().length][][];
  private final Map<String, Integer> ids = new HashMap<>();
  private final String[] sorted;
  private final int[] sortedIds;
  private final Map<Integer, int[]>[] postings;
  private final double[] averageLength = new double[Field.values().length];

  /** Indexes {@code heads}: each row number with its title and its questions, one a line. */
  @SuppressWarnings("unchecked")
  HeadIndex(List<SearchIndex.HeadText> heads) {
    rows = new long[heads.size()];
    postings = new Map[Field.values().length];
    for (Field field : Field.values()) {
      words[field.ordinal()] = new int[heads.size()][];
    }
    for (int i = 0; i < heads.size(); i++) {
      SearchIndex.HeadText head = heads.get(i);
      rows[i] = head.row();
      words[Field.TITLE.ordinal()][i] =
          Words.of(head.title()).stream().mapToInt(this::id).toArray();
      List<Integer> questions = new ArrayList<>();
      for (String question : head.questions().split("\n")) {
        Words.of(question).forEach(w -> questions.add(id(singular(w))));
        questions.add(BREAK);
      }
      words[Field.QUESTIONS.ordinal()][i] =
          questions.stream().mapToInt(Integer::intValue).toArray();
    }
    sorted = ids.keySet().toArray(String[]::new);
    Arrays.sort(sorted);
    sortedIds = Arrays.stream(sorted).mapToInt(ids::get).toArray();
    for (Field field : Field.values()) {
      Map<Integer, List<Integer>> lists = new HashMap<>();
      long length = 0;
      int[][] all = words[field.ordinal()];
      for (int i = 0; i < all.length; i++) {
        for (int word : all[i]) {
          if (word != BREAK) {
            List<Integer> list = lists.computeIfAbsent(word, k -> new ArrayList<>());
            if (list.isEmpty() || list.get(list.size() - 1) != i) {
              list.add(i);
            }
            length++;
          }
        }
      }
      Map<Integer, int[]> arrays = new HashMap<>();
      lists.forEach((w, l) -> arrays.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
      postings[field.ordinal()] = arrays;
      averageLength[field.ordinal()] =
          all.length == 0 ? 1.0 : Math.max(1.0, (double) length / all.length);
    }
  }

  private int id(String word) {
    return ids.computeIfAbsent(word, w -> ids.size());
  }

  /** The rows whose title starts with {@code words}, the shortest title first. */
  List<Long> titleStarts(List<String> typed, boolean typing, int limit) {
    Phrase phrase = phrase(typed, typing, Field.TITLE);
    if (phrase == null) {
      return List.of();
    }
    int[][] titles = words[Field.TITLE.ordinal()];
    List<Integer> found = new ArrayList<>();
    for (int i : candidates(Field.TITLE, phrase)) {
      if (phrase.at(titles[i], 0)) {
        found.add(i);
      }
    }
    found.sort((a, b) -> Integer.compare(titles[a].length, titles[b].length));
    return found.stream().limit(limit).map(i -> rows[i]).toList();
  }

  /**
   * The rows whose {@code field} holds every group, best first by bm25 on that field alone, at most
   * {@code limit}, each with its bm25 (lower is better).
   */
  List<RankedRow> rows(Field field, List<Group> groups, int limit) {
    if (groups.isEmpty()) {
      return List.of();
    }
    List<List<Phrase>> phrases = new ArrayList<>();
    int[][] candidates = new int[groups.size()][];
    int fewest = 0;
    for (int g = 0; g < groups.size(); g++) {
      List<Phrase> group = new ArrayList<>();
      BitSet union = new BitSet(rows.length);
      for (Alternative a : groups.get(g).alternatives()) {
        Phrase phrase = phrase(a.words(), a.typing(), field);
        if (phrase != null) {
          group.add(phrase);
          for (int i : candidates(field, phrase)) {
            union.set(i);
          }
        }
      }
      phrases.add(group);
      candidates[g] = union.stream().toArray();
      if (candidates[g].length < candidates[fewest].length) {
        fewest = g;
      }
    }
    double[] idf = new double[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      int n = candidates[g].length;
      double value = Math.log((rows.length - n + 0.5) / (n + 0.5));
      idf[g] = value > 0 ? value : 1e-6;
    }
    int[][] all = words[field.ordinal()];
    double average = averageLength[field.ordinal()];
    // The best rows so far, the worst of them first, so that a long list is never sorted whole.
    PriorityQueue<RankedRow> best =
        new PriorityQueue<>((a, b) -> Double.compare(b.rank(), a.rank()));
    for (int i : candidates[fewest]) {
      int[] text = all[i];
      double norm = K1 * (1 - B + B * text.length / average);
      double score = 0;
      boolean every = true;
      for (int g = 0; g < groups.size() && every; g++) {
        int tf = count(text, phrases.get(g));
        every = tf > 0;
        score += idf[g] * tf * (K1 + 1) / (tf + norm);
      }
      if (every) {
        best.add(new RankedRow(rows[i], -score));
        if (best.size() > limit) {
          best.poll();
        }
      }
    }
    List<RankedRow> found = new ArrayList<>(best);
    found.sort((a, b) -> Double.compare(a.rank(), b.rank()));
    return found;
  }

  /** A phrase as word numbers; its last word may be a start, matching any word in {@code last}. */
  private record Phrase(int[] words, BitSet last) {

    boolean at(int[] text, int at) {
      if (at + words.length > text.length) {
        return false;
      }
      for (int i = 0; i < words.length; i++) {
        int word = text[at + i];
        boolean same =
            last != null && i == words.length - 1 ? word >= 0 && last.get(word) : word == words[i];
        if (!same) {
          return false;
        }
      }
      return true;
    }
  }

  /** The phrase of {@code typed} words, or null when a word of it is in no title or question. */
  private Phrase phrase(List<String> typed, boolean typing, Field field) {
    int[] numbers = new int[typed.size()];
    BitSet last = null;
    for (int i = 0; i < typed.size(); i++) {
      String word = field == Field.QUESTIONS ? singular(typed.get(i)) : typed.get(i);
      if (typing && i == typed.size() - 1) {
        last = new BitSet();
        String start = typed.get(i);
        int at = Arrays.binarySearch(sorted, start);
        for (int k = at >= 0 ? at : -at - 1;
            k < sorted.length && sorted[k].startsWith(start);
            k++) {
          last.set(sortedIds[k]);
        }
        if (last.isEmpty()) {
          return null;
        }
      } else {
        Integer id = ids.get(word);
        if (id == null) {
          return null;
        }
        numbers[i] = id;
      }
    }
    return new Phrase(numbers, last);
  }

  /** The rows (as indexes) whose field holds the phrase's first word, or a word it starts. */
  private int[] candidates(Field field, Phrase phrase) {
    Map<Integer, int[]> lists = postings[field.ordinal()];
    if (phrase.last() == null || phrase.words().length > 1) {
      return lists.getOrDefault(phrase.words()[0], new int[0]);
    }
    BitSet union = new BitSet(rows.length);
    phrase.last().stream()
        .forEach(
            w -> {
              for (int i : lists.getOrDefault(w, new int[0])) {
                union.set(i);
              }
            });
    return union.stream().toArray();
  }

  /** How many times any of the phrases stands in {@code text}. */
  private static int count(int[] text, List<Phrase> phrases) {
    int count = 0;
    for (int at = 0; at < text.length; at++) {
      for (Phrase phrase : phrases) {
        if (phrase.at(text, at)) {
          count++;
          break;
        }
      }
    }
    return count;
  }

  /** A plural's singular, roughly ("seizures", "therapies"), so that questions match either. */
  static String singular(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
