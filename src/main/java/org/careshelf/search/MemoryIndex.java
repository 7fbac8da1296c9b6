package org.careshelf.search;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.careshelf.library.LibraryReader;
import org.careshelf.library.Words;
import org.careshelf.search.QueryAnalysis.Alternative;
import org.careshelf.search.SearchIndex.Forms;

/**
 * Every word of the index with the articles holding it and its weighted count in each, exact and
 * stemmed, so that every article matching a query of whole words or word starts is ranked by the
 * same bm25 as FTS5's, without SQLite: FTS5 costs about 3 microseconds a row, and a common word is
 * in thousands of articles.
 */
final class MemoryIndex {

  // bm25's constants, as in FTS5.
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  /** The words FTS5's tokenizer keeps as they are, so that a query word is the index's word. */
  private static final Pattern PLAIN = Pattern.compile("[a-z0-9]+");

  private static final String[] COLUMNS = {
    "title", "questions", "glossary", "headings", "summary", "body"
  };

  /** The postings of one word: rows (as indexes, ascending) and weighted counts. */
  private record Postings(int[] docs, float[] freq) {}

  private static final Postings NONE = new Postings(new int[0], new float[0]);
  private final long[] rows;
  private final double[] norm;
  private final String[] words;
  private final Postings[] exact;
  private final Map<String, Integer> wordIds = new HashMap<>();
  private final Map<String, Postings> stems = new HashMap<>();
  private final String[] stemOf;
  // The stems and words whose counts differ from FTS5's, ranked by SQLite.
  private final java.util.Set<String> untrusted = new java.util.HashSet<>();
  private final java.util.Set<String> untrustedWords = new java.util.HashSet<>();
  private final LibraryReader library;

  private MemoryIndex(LibraryReader library, double[] weights) {
    this.library = library;
    SearchIndex index = new SearchIndex(library);
    // The text is split here as FTS5's tokenizer splits it (Words), then checked against FTS5's
    // own counts: listing FTS5's instances (fts5vocab) took 24 s of CPU on 10,000 articles.
    List<Long> rowList = new ArrayList<>();
    List<Long> lengths = new ArrayList<>(); // every row's number of words
    Map<String, Integer> ids = new HashMap<>();
    List<String> wordList = new ArrayList<>();
    List<int[]> docLists = new ArrayList<>();
    List<float[]> freqLists = new ArrayList<>();
    // Per word id: its postings' size, its occurrences in all, its weighted count in this row.
    int[] sizes = new int[1024];
    long[] totals = new long[1024];
    float[] inRow = new float[1024];
    int[] touched = new int[1024];
    int[] stamp = new int[1024];
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
        for (int c = 0; c < COLUMNS.length; c++) {
          String text = (String) r[c + 1];
          float weight = (float) weights[c];
          for (String word : Words.of(text == null ? "" : text)) {
            Integer known = ids.get(word);
            int id = known == null ? wordList.size() : known;
            if (known == null) {
              ids.put(word, id);
              wordList.add(word);
              docLists.add(new int[4]);
              freqLists.add(new float[4]);
              if (id == sizes.length) {
                sizes = Arrays.copyOf(sizes, id * 2);
                totals = Arrays.copyOf(totals, id * 2);
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
            totals[id]++;
            length++;
          }
        }
        lengths.add(length);
        for (int t = 0; t < touchedCount; t++) {
          int id = touched[t];
          int n = sizes[id];
          if (n == docLists.get(id).length) {
            docLists.set(id, Arrays.copyOf(docLists.get(id), n * 2));
            freqLists.set(id, Arrays.copyOf(freqLists.get(id), n * 2));
          }
          docLists.get(id)[n] = doc;
          freqLists.get(id)[n] = inRow[id];
          sizes[id] = n + 1;
          inRow[id] = 0;
        }
      }
    }
    rows = rowList.stream().mapToLong(Long::longValue).toArray();
    long[] occurrences = totals;
    long[] length = lengths.stream().mapToLong(Long::longValue).toArray();
    // Sorted, so that word starts are found by binary search.
    Integer[] order =
        java.util.stream.IntStream.range(0, wordList.size()).boxed().toArray(Integer[]::new);
    Arrays.sort(order, (x, y) -> wordList.get(x).compareTo(wordList.get(y)));
    List<Postings> postings = new ArrayList<>();
    List<String> sortedWords = new ArrayList<>();
    for (int id : order) {
      sortedWords.add(wordList.get(id));
      postings.add(
          new Postings(
              Arrays.copyOf(docLists.get(id), sizes[id]),
              Arrays.copyOf(freqLists.get(id), sizes[id])));
    }
    words = sortedWords.toArray(String[]::new);
    exact = postings.toArray(Postings[]::new);
    for (int i = 0; i < words.length; i++) {
      wordIds.put(words[i], i);
    }
    library.withConnection(
        db -> {
          check(db, ids, occurrences, Arrays.stream(length).sum());
          return null;
        });
    // FTS5's averages: every token of every row, over the number of rows.
    long total = Arrays.stream(length).sum();
    double average = (double) total / (double) Math.max(1, rows.length);
    norm = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      norm[i] = K1 * (1 - B + B * (double) length[i] / average);
    }
    stemOf = library.withConnection(db -> FtsStems.of(db, words));
    library.withConnection(
        db -> {
          mergeStems(db);
          return null;
        });
  }

  /**
   * Loads the index of {@code library} for bm25 with {@code weights} (title, questions, glossary,
   * headings, summary, body), or null when SQLite cannot list it.
   */
  static MemoryIndex load(LibraryReader library, double[] weights) {
    try {
      return new MemoryIndex(library, weights);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Compares each word's articles and occurrences with FTS5's word list: a word split otherwise
   * than FTS5 splits it is left to SQLite, and a different number of words in all disables this
   * index (the lengths of the rows would be wrong).
   */
  private void check(Connection db, Map<String, Integer> ids, long[] totals, long all)
      throws SQLException {
    java.util.Set<String> listed = new java.util.HashSet<>();
    long counted = 0;
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT term, doc, cnt FROM article_words")) {
      while (r.next()) {
        String term = r.getString(1);
        listed.add(term);
        counted += r.getLong(3);
        Integer id = ids.get(term);
        Integer at = wordIds.get(term);
        if (id == null || exact[at].docs().length != r.getInt(2) || totals[id] != r.getLong(3)) {
          untrustedWords.add(term);
        }
      }
    }
    if (counted != all) {
      throw new IllegalStateException("the index holds other words than its text");
    }
    for (String word : words) {
      if (!listed.contains(word)) {
        untrustedWords.add(word);
      }
    }
  }

  /**
   * The stems' postings, the sum of their words'; a stem whose number of articles differs from
   * {@code stem_fts}'s own count is left out, so that a query using it is ranked by SQLite.
   */
  private void mergeStems(Connection db) throws SQLException {
    Map<String, List<Integer>> byStem = new HashMap<>();
    for (int i = 0; i < words.length; i++) {
      if (untrustedWords.contains(words[i])) {
        untrusted.add(stemOf[i]);
      } else if (stemOf[i] != null && !stemOf[i].isEmpty()) {
        byStem.computeIfAbsent(stemOf[i], k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, Integer> counted = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT term, doc FROM stem_words")) {
      while (r.next()) {
        counted.put(r.getString(1), r.getInt(2));
      }
    }
    float[] sum = new float[rows.length];
    boolean[] held = new boolean[rows.length];
    byStem.forEach(
        (stem, ids) -> {
          Postings merged = union(ids, sum, held);
          if (!untrusted.contains(stem) && counted.getOrDefault(stem, -1) == merged.docs().length) {
            stems.put(stem, merged);
          } else {
            untrusted.add(stem);
          }
        });
  }

  /** The postings of any of the words {@code ids}, counts summed per row. */
  private Postings union(List<Integer> ids, float[] sum, boolean[] held) {
    if (ids.size() == 1) {
      return exact[ids.get(0)];
    }
    int n = 0;
    for (int id : ids) {
      Postings p = exact[id];
      for (int k = 0; k < p.docs().length; k++) {
        int doc = p.docs()[k];
        n += held[doc] ? 0 : 1;
        held[doc] = true;
        sum[doc] += p.freq()[k];
      }
    }
    int[] docs = new int[n];
    float[] freq = new float[n];
    int at = 0;
    for (int doc = 0; doc < rows.length && at < n; doc++) {
      if (held[doc]) {
        docs[at] = doc;
        freq[at++] = sum[doc];
        held[doc] = false;
        sum[doc] = 0;
      }
    }
    return new Postings(docs, freq);
  }

  /**
   * The bm25 of every row matching all of {@code groups} (each a list of alternatives, as {@link
   * QueryAnalysis#searched} gives them for {@code forms}), in FTS5's arithmetic and phrase order;
   * null when a phrase is not a single plain word or word start, which only SQLite can rank.
   */
  MatchScores scores(Forms forms, List<List<Alternative>> groups) {
    List<List<Postings>> lists = new ArrayList<>();
    for (List<Alternative> group : groups) {
      if (group.isEmpty()) {
        return null;
      }
      List<Postings> alternatives = new ArrayList<>();
      for (Alternative a : group) {
        Postings p = postings(forms, a);
        if (p == null) {
          return null;
        }
        alternatives.add(p);
      }
      lists.add(alternatives);
    }
    double[] score = new double[rows.length];
    int[] held = new int[rows.length];
    int[] seen = new int[rows.length];
    for (int g = 0; g < lists.size(); g++) {
      for (Postings p : lists.get(g)) {
        int hits = p.docs().length;
        double idf = Math.log((rows.length - hits + 0.5) / (hits + 0.5));
        idf = idf <= 0.0 ? 1e-6 : idf;
        for (int k = 0; k < hits; k++) {
          int doc = p.docs()[k];
          double f = p.freq()[k];
          score[doc] += idf * ((f * (K1 + 1.0)) / (f + norm[doc]));
          if (seen[doc] != g + 1) {
            seen[doc] = g + 1;
            held[doc]++;
          }
        }
      }
    }
    boolean[] matches = new boolean[rows.length];
    for (int i = 0; i < rows.length; i++) {
      matches[i] = held[i] == lists.size();
      score[i] = -1.0 * score[i];
    }
    return new MatchScores(rows, score, matches);
  }

  private Postings postings(Forms forms, Alternative a) {
    if (a.words().size() != 1 || !PLAIN.matcher(a.words().get(0)).matches()) {
      return null;
    }
    String word = a.words().get(0);
    if (forms == Forms.STEM) {
      Integer id = wordIds.get(word);
      String stem = id == null ? FtsStems.of(library, word) : stemOf[id];
      if (stem == null || stem.isEmpty() || untrusted.contains(stem)) {
        return null;
      }
      return stems.getOrDefault(stem, NONE);
    }
    if (untrustedWords.contains(word)) {
      return null;
    }
    if (!a.typing()) {
      Integer id = wordIds.get(word);
      return id == null ? NONE : exact[id];
    }
    int from = Arrays.binarySearch(words, word);
    List<Integer> ids = new ArrayList<>();
    for (int i = from >= 0 ? from : -from - 1; i < words.length && words[i].startsWith(word); i++) {
      if (untrustedWords.contains(words[i])) {
        return null;
      }
      ids.add(i);
    }
    return ids.isEmpty() ? NONE : union(ids, new float[rows.length], new boolean[rows.length]);
  }
}
