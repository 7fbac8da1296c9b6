package org.careshelf.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.careshelf.library.Words;

/**
 * The postings of every word of the index's text and of each given phrase, exact and stemmed, made
 * in one pass over the text as FTS5's tokenizer splits it: a phrase's postings are counted while
 * its words are in order, so the index keeps no word positions.
 *
 * <p>For example, with the phrase "side effects", the body "side effects of the side effect" holds
 * it once as written and twice in its stems ("side effect").
 */
final class TextPostings {

  /** The words FTS5's tokenizer keeps as they are, so that a query word is the index's word. */
  static final Pattern PLAIN = Pattern.compile("[a-z0-9]+");

  /** The row number of each row index, ascending. */
  final long[] rows;

  /** The number of words of each row, every column. */
  final long[] lengths;

  /** Every word of the text, by id: first the given vocabulary, then words it lacks. */
  final String[] words;

  /** Each word's postings and its occurrences in all, by id. */
  final Postings[] postings;

  final long[] totals;

  /**
   * Each given phrase's postings as written and in its stems, by the phrase's words, packed as they
   * are made: unpacked, the phrases of 10,000 articles took 16 MB more, and twice that while made.
   */
  final Map<List<String>, PackedPostings> exactPhrases = new HashMap<>();

  final Map<List<String>, PackedPostings> stemPhrases = new HashMap<>();

  /**
   * Reads the text of {@code index}, counting each word weighted by its column's {@code weights};
   * {@code stems} are the stems of {@code vocabulary}'s words, {@code phraseStems} those of the
   * phrases' words. A phrase of one word is a word, and left out; so is one whose words are not all
   * plain words, or whose stem is unknown (SQLite ranks it).
   */
  TextPostings(
      SearchIndex index,
      double[] weights,
      String[] vocabulary,
      String[] stems,
      List<List<String>> phrases,
      Map<String, String> phraseStems) {
    Map<String, Integer> ids = new HashMap<>();
    List<String> wordList = new ArrayList<>(Arrays.asList(vocabulary));
    Map<String, Integer> stemIds = new HashMap<>();
    int[] stemId = new int[vocabulary.length];
    for (int i = 0; i < vocabulary.length; i++) {
      ids.put(vocabulary[i], i);
      String stem = stems[i];
      stemId[i] =
          stem == null || stem.isEmpty() ? -1 : stemIds.computeIfAbsent(stem, k -> stemIds.size());
    }
    Patterns exact = new Patterns(vocabulary.length);
    Patterns stemmed = new Patterns(stemIds.size());
    for (List<String> phrase : phrases) {
      if (phrase.size() < 2 || !phrase.stream().allMatch(w -> PLAIN.matcher(w).matches())) {
        continue;
      }
      exact.add(phrase, phrase.stream().map(w -> ids.getOrDefault(w, -1)).toList());
      List<String> stemList = phrase.stream().map(phraseStems::get).toList();
      if (stemList.stream().allMatch(s -> s != null && !s.isEmpty())) {
        stemmed.add(phrase, stemList.stream().map(s -> stemIds.getOrDefault(s, -1)).toList());
      }
    }
    List<Long> rowList = new ArrayList<>();
    List<Long> lengthList = new ArrayList<>();
    List<Postings.Growing> growing = new ArrayList<>();
    for (int i = 0; i < vocabulary.length; i++) {
      growing.add(new Postings.Growing());
    }
    // Per word id: its occurrences in all, its weighted count in this row.
    long[] total = new long[Math.max(16, vocabulary.length)];
    float[] inRow = new float[total.length];
    int[] touched = new int[1024];
    int[] stamp = new int[total.length];
    int[] column = new int[256];
    long after = Long.MIN_VALUE;
    for (List<Object[]> page = index.textPage(after);
        !page.isEmpty();
        page = index.textPage(after)) {
      for (Object[] r : page) {
        int doc = rowList.size();
        rowList.add((Long) r[0]);
        after = (Long) r[0];
        long length = 0;
        int touchedCount = 0;
        for (int c = 0; c < SearchIndex.COLUMNS; c++) {
          String text = (String) r[c + 1];
          float weight = (float) weights[c];
          int n = 0;
          for (String word : Words.of(text == null ? "" : text)) {
            Integer known = ids.get(word);
            int id = known == null ? wordList.size() : known;
            if (known == null) {
              ids.put(word, id);
              wordList.add(word);
              growing.add(new Postings.Growing());
              if (id == total.length) {
                total = Arrays.copyOf(total, id * 2);
                inRow = Arrays.copyOf(inRow, id * 2);
                stamp = Arrays.copyOf(stamp, id * 2);
              }
            }
            if (stamp[id] != doc + 1) {
              stamp[id] = doc + 1;
              if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
              }
              touched[touchedCount++] = id;
            }
            inRow[id] += weight;
            total[id]++;
            if (n == column.length) {
              column = Arrays.copyOf(column, n * 2);
            }
            column[n++] = id;
          }
          length += n;
          exact.count(column, n, null, weight);
          stemmed.count(column, n, stemId, weight);
        }
        lengthList.add(length);
        for (int t = 0; t < touchedCount; t++) {
          int id = touched[t];
          growing.get(id).add(doc, inRow[id]);
          inRow[id] = 0;
        }
        exact.endRow(doc);
        stemmed.endRow(doc);
      }
    }
    rows = rowList.stream().mapToLong(Long::longValue).toArray();
    lengths = lengthList.stream().mapToLong(Long::longValue).toArray();
    words = wordList.toArray(String[]::new);
    postings = new Postings[growing.size()];
    for (int i = 0; i < postings.length; i++) {
      // Each list let go once copied, so that the index is never held twice while made.
      postings[i] = growing.get(i).done();
      growing.set(i, null);
    }
    totals = Arrays.copyOf(total, words.length);
    exact.done(exactPhrases);
    stemmed.done(stemPhrases);
  }

  /**
   * Phrases as runs of ids (word ids, or stem ids through a word's stem), found in each column's
   * words and counted per row.
   */
  private static final class Patterns {
    private final List<int[]> runs = new ArrayList<>();
    private final Map<List<Integer>, Integer> byRun = new HashMap<>();
    private final Map<List<String>, Integer> byPhrase = new HashMap<>();

    /** Per first id, the runs starting with it. */
    private final int[][] starting;

    private final List<PackedPostings.Builder> found = new ArrayList<>();
    private float[] inRow = new float[0];
    private final List<Integer> touched = new ArrayList<>();

    Patterns(int ids) {
      starting = new int[ids][];
    }

    /** Adds a phrase, as the ids of its words (-1 for one the text lacks: it is never found). */
    void add(List<String> phrase, List<Integer> run) {
      if (run.contains(-1)) {
        byPhrase.put(phrase, -1);
        return;
      }
      Integer known = byRun.get(run);
      if (known == null) {
        known = runs.size();
        byRun.put(run, known);
        runs.add(run.stream().mapToInt(Integer::intValue).toArray());
        found.add(new PackedPostings.Builder());
        inRow = new float[runs.size()];
        int first = run.get(0);
        int[] before = starting[first] == null ? new int[0] : starting[first];
        starting[first] = Arrays.copyOf(before, before.length + 1);
        starting[first][before.length] = known;
      }
      byPhrase.put(phrase, known);
    }

    /**
     * Counts the runs in the {@code n} words of one column, each word's id mapped by {@code to}.
     */
    void count(int[] column, int n, int[] to, float weight) {
      for (int i = 0; i < n; i++) {
        int first = id(column[i], to);
        if (first < 0 || first >= starting.length || starting[first] == null) {
          continue;
        }
        for (int k : starting[first]) {
          int[] run = runs.get(k);
          if (i + run.length <= n && matches(run, column, i, to)) {
            if (inRow[k] == 0) {
              touched.add(k);
            }
            inRow[k] += weight;
          }
        }
      }
    }

    private static boolean matches(int[] run, int[] column, int at, int[] to) {
      for (int j = 1; j < run.length; j++) {
        if (id(column[at + j], to) != run[j]) {
          return false;
        }
      }
      return true;
    }

    private static int id(int word, int[] to) {
      return to == null ? word : word < to.length ? to[word] : -1;
    }

    void endRow(int doc) {
      for (int k : touched) {
        found.get(k).add(doc, inRow[k]);
        inRow[k] = 0;
      }
      touched.clear();
    }

    void done(Map<List<String>, PackedPostings> into) {
      List<PackedPostings> done = found.stream().map(PackedPostings.Builder::done).toList();
      PackedPostings none = new PackedPostings.Builder().done();
      byPhrase.forEach((phrase, k) -> into.put(phrase, k < 0 ? none : done.get(k)));
    }
  }
}
