package org.careshelf.search;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.careshelf.library.LibraryReader;
import org.careshelf.search.QueryAnalysis.Alternative;
import org.careshelf.search.SearchIndex.Forms;

/**
 * Every word of the index, and every glossary name and synonym of several words, with the articles
 * holding it and its weighted count in each, exact and stemmed, so that every article matching a
 * query of whole words, word starts and those phrases is ranked by the same bm25 as FTS5's, without
 * SQLite: FTS5 costs about 3 microseconds a row, and a common word is in thousands of articles.
 */
final class MemoryIndex {

  // bm25's constants, as in FTS5.
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private final long[] rows;
  private final double[] norm;
  private final String[] words;
  private final Postings[] exact;
  private final Map<String, Integer> wordIds = new HashMap<>();
  private final Map<String, Postings> stems = new HashMap<>();
  private final String[] stemOf;
  private final Map<List<String>, PackedPostings> exactPhrases;
  private final Map<List<String>, PackedPostings> stemPhrases;
  // The stems and words whose counts differ from FTS5's, ranked by SQLite.
  private final Set<String> untrusted = new HashSet<>();
  private final Set<String> untrustedWords = new HashSet<>();
  private final LibraryReader library;

  /** The stems of the names' words the index lacks, so that a search for a synonym asks none. */
  private final Map<String, String> namedStems = new HashMap<>();

  private MemoryIndex(LibraryReader library, double[] weights, List<List<String>> names) {
    this.library = library;
    // FTS5's own word list, with each word's articles and occurrences, to check the text against.
    List<String> listedWords = new ArrayList<>();
    Map<String, long[]> listed = new HashMap<>();
    long counted =
        library.withConnection(
            db -> {
              long all = 0;
              try (Statement s = db.createStatement();
                  ResultSet r = s.executeQuery("SELECT term, doc, cnt FROM article_words")) {
                while (r.next()) {
                  listedWords.add(r.getString(1));
                  listed.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3)});
                  all += r.getLong(3);
                }
              }
              return all;
            });
    List<String> stemmed = new ArrayList<>(listedWords);
    names.forEach(n -> n.stream().filter(w -> !listed.containsKey(w)).forEach(stemmed::add));
    String[] stemmedWords = stemmed.toArray(String[]::new);
    String[] stemsOf = library.withConnection(db -> FtsStems.of(db, stemmedWords));
    Map<String, String> phraseStems = new HashMap<>();
    for (int i = 0; i < stemmedWords.length; i++) {
      phraseStems.put(stemmedWords[i], stemsOf[i]);
      if (i >= listedWords.size()) {
        namedStems.put(stemmedWords[i], stemsOf[i]);
      }
    }
    // The text is split here as FTS5's tokenizer splits it (Words), then checked against FTS5's
    // own counts: listing FTS5's instances (fts5vocab) took 24 s of CPU on 10,000 articles.
    TextPostings text =
        new TextPostings(
            new SearchIndex(library),
            weights,
            listedWords.toArray(String[]::new),
            Arrays.copyOf(stemsOf, listedWords.size()),
            names,
            phraseStems);
    rows = text.rows;
    // The words FTS5 does not list are split otherwise: their stems are left to SQLite too.
    String[] unlisted = Arrays.copyOfRange(text.words, listedWords.size(), text.words.length);
    String[] unlistedStems =
        unlisted.length == 0 ? unlisted : library.withConnection(db -> FtsStems.of(db, unlisted));
    // Sorted, so that word starts are found by binary search.
    Integer[] order =
        java.util.stream.IntStream.range(0, text.words.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, (x, y) -> text.words[x].compareTo(text.words[y]));
    words = new String[order.length];
    exact = new Postings[order.length];
    stemOf = new String[order.length];
    for (int i = 0; i < order.length; i++) {
      words[i] = text.words[order[i]];
      exact[i] = text.postings[order[i]];
      int id = order[i];
      stemOf[i] = id < listedWords.size() ? stemsOf[id] : unlistedStems[id - listedWords.size()];
      wordIds.put(words[i], i);
      long[] fts = listed.get(words[i]);
      if (fts == null || fts[0] != exact[i].docs().length || fts[1] != text.totals[order[i]]) {
        untrustedWords.add(words[i]);
      }
    }
    long total = Arrays.stream(text.lengths).sum();
    if (counted != total) {
      throw new IllegalStateException("the index holds other words than its text");
    }
    // FTS5's averages: every token of every row, over the number of rows.
    double average = (double) total / (double) Math.max(1, rows.length);
    norm = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      norm[i] = K1 * (1 - B + B * (double) text.lengths[i] / average);
    }
    library.withConnection(
        db -> {
          mergeStems(db);
          return null;
        });
    // A phrase is counted right only where each of its words and stems is.
    exactPhrases = trusted(text.exactPhrases, p -> p.stream().anyMatch(untrustedWords::contains));
    stemPhrases =
        trusted(
            text.stemPhrases,
            p -> p.stream().anyMatch(w -> untrusted.contains(phraseStems.get(w))));
  }

  /** The phrases' postings, but those {@code untrustworthy} says FTS5 counts otherwise. */
  private static Map<List<String>, PackedPostings> trusted(
      Map<List<String>, PackedPostings> phrases, Predicate<List<String>> untrustworthy) {
    Map<List<String>, PackedPostings> trusted = new HashMap<>(phrases);
    trusted.keySet().removeIf(untrustworthy);
    return trusted;
  }

  /**
   * Loads the index of {@code library} for bm25 with {@code weights} (title, questions, glossary,
   * headings, summary, body) and of the glossary names and synonyms {@code names} (each as its
   * words; those of several words are counted as phrases), or null when SQLite cannot list it.
   */
  static MemoryIndex load(LibraryReader library, double[] weights, List<List<String>> names) {
    try {
      return new MemoryIndex(library, weights, names);
    } catch (RuntimeException e) {
      return null;
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
    return Postings.union(ids.stream().map(id -> exact[id]).toList(), sum, held);
  }

  /**
   * The bm25 of every row matching all of {@code groups} (each a list of alternatives, as {@link
   * QueryAnalysis#searched} gives them for {@code forms}), in FTS5's arithmetic and phrase order;
   * null when an alternative is neither a plain word, a word start nor a phrase counted at loading,
   * which only SQLite can rank.
   */
  MatchScores scores(Forms forms, List<List<Alternative>> groups) {
    List<List<Postings>> lists = resolved(forms, groups);
    if (lists == null) {
      return null;
    }
    int[] held = held(lists);
    int all = lists.size();
    double[] score = new double[rows.length];
    // Only the rows holding every group are scored, each in the order of the query's phrases.
    for (List<Postings> group : lists) {
      for (Postings p : group) {
        int hits = p.docs().length;
        double idf = Math.log((rows.length - hits + 0.5) / (hits + 0.5));
        idf = idf <= 0.0 ? 1e-6 : idf;
        int[] docs = p.docs();
        float[] freq = p.freq();
        for (int k = 0; k < hits; k++) {
          int doc = docs[k];
          if (held[doc] == all) {
            double f = freq[k];
            score[doc] += idf * ((f * (K1 + 1.0)) / (f + norm[doc]));
          }
        }
      }
    }
    boolean[] matches = new boolean[rows.length];
    for (int i = 0; i < rows.length; i++) {
      matches[i] = held[i] == all;
      score[i] = -1.0 * score[i];
    }
    return new MatchScores(rows, score, matches);
  }

  /**
   * Whether any row holds every group, as {@link #scores} would find, without scoring; null when
   * only SQLite can tell.
   */
  Boolean anyMatch(Forms forms, List<List<Alternative>> groups) {
    List<List<Postings>> lists = resolved(forms, groups);
    if (lists == null) {
      return null;
    }
    for (int count : held(lists)) {
      if (count == lists.size()) {
        return true;
      }
    }
    return false;
  }

  /** Each group's alternatives' postings, or null when one is not in memory. */
  private List<List<Postings>> resolved(Forms forms, List<List<Alternative>> groups) {
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
    return lists;
  }

  /**
   * For each row, how many of the groups, from the first on, it holds: a row that lacks one counts
   * no further, so the rows holding them all are those at {@code lists.size()}.
   */
  private int[] held(List<List<Postings>> lists) {
    int[] held = new int[rows.length];
    for (int g = 0; g < lists.size(); g++) {
      for (Postings p : lists.get(g)) {
        for (int doc : p.docs()) {
          if (held[doc] >= g) {
            held[doc] = g + 1;
          }
        }
      }
    }
    return held;
  }

  private Postings postings(Forms forms, Alternative a) {
    if (a.words().size() > 1) {
      // A phrase being typed is never asked for: only a lone word is marked so.
      PackedPostings p =
          a.typing() ? null : (forms == Forms.STEM ? stemPhrases : exactPhrases).get(a.words());
      return p == null ? null : p.postings();
    }
    if (a.words().size() != 1 || !TextPostings.PLAIN.matcher(a.words().get(0)).matches()) {
      return null;
    }
    String word = a.words().get(0);
    if (forms == Forms.STEM) {
      Integer id = wordIds.get(word);
      String stem =
          id != null
              ? stemOf[id]
              : namedStems.containsKey(word) ? namedStems.get(word) : FtsStems.of(library, word);
      if (stem == null || stem.isEmpty() || untrusted.contains(stem)) {
        return null;
      }
      return stems.getOrDefault(stem, Postings.NONE);
    }
    if (untrustedWords.contains(word)) {
      return null;
    }
    if (!a.typing()) {
      Integer id = wordIds.get(word);
      return id == null ? Postings.NONE : exact[id];
    }
    int from = Arrays.binarySearch(words, word);
    List<Integer> ids = new ArrayList<>();
    for (int i = from >= 0 ? from : -from - 1; i < words.length && words[i].startsWith(word); i++) {
      if (untrustedWords.contains(words[i])) {
        return null;
      }
      ids.add(i);
    }
    return ids.isEmpty()
        ? Postings.NONE
        : union(ids, new float[rows.length], new boolean[rows.length]);
  }
}
