package org.careshelf.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careshelf.search.QueryAnalysis.Alternative;
import org.careshelf.search.QueryAnalysis.Group;
import org.careshelf.search.SearchIndex.Forms;

/**
 * Puts the articles matching a query in order: first an article whose title starts with the whole
 * query ("who can get car t"), then those with every word in their title, then those with every
 * word in their patient questions, then the others; within each, by weighted bm25 of every form of
 * the words plus bm25 of the exact words, so an exact word counts twice ("painful" finds "pain",
 * after the articles that say "painful"). Every match is ranked, however many: in memory ({@link
 * MemoryIndex}) for whole words, word starts and the glossary's and synonyms' phrases, by SQLite
 * for anything else.
 *
 * <p>The score of each hit says its place: a tier is worth more than any score of the tiers after
 * it, so results always come in the order of their scores.
 */
final class Ranking {

  /**
   * BM25 weights of the searched columns: title, patient questions, glossary names, headings,
   * summary, body. A question the article answers is nearly as telling as its title.
   */
  static final double[] WEIGHTS = {10.0, 8.0, 5.0, 3.0, 3.0, 1.0};

  /**
   * How many more rows than asked for are read of each ranking, so that the title and question
   * tiers are ordered by the whole article too: bm25 ranks every match anyway, so reading a few
   * more rows costs little.
   */
  static final int ORDER_TIERS_FROM = 100;

  private static final int TITLE_START = 0;
  private static final int TITLE = 1;
  private static final int QUESTIONS = 2;
  private static final int OTHERS = 3;

  private record Scored(RankedRow row, int tier) {}

  /**
   * A glossary entry named in more than this many articles is matched by its key alone ({@link
   * #byKeys}).
   */
  static final int KEYED_ABOVE = 600;

  private final SearchIndex index;
  private final HeadIndex heads;
  private final Vocabulary vocabulary;
  private final java.util.function.Supplier<MemoryIndex> memory;

  /** While {@code memory} gives null, every query is ranked by SQLite. */
  Ranking(
      SearchIndex index,
      HeadIndex heads,
      Vocabulary vocabulary,
      java.util.function.Supplier<MemoryIndex> memory) {
    this.index = index;
    this.heads = heads;
    this.vocabulary = vocabulary;
    this.memory = memory;
  }

  /** bm25 of the matching rows in one index: the best few, or those of given rows. */
  private interface Scorer {
    List<RankedRow> best(Forms forms, int limit);

    List<RankedRow> of(Forms forms, Collection<Long> rows);
  }

  /** The rows' bm25 from {@link MemoryIndex}, or from SQLite when the index cannot count one. */
  private Scorer scorer(List<Group> keyed) {
    MemoryIndex loaded = memory.get();
    if (loaded != null) {
      MatchScores stems = loaded.scores(Forms.STEM, QueryAnalysis.searched(keyed, true));
      MatchScores exact = loaded.scores(Forms.EXACT, QueryAnalysis.searched(keyed, false));
      if (stems != null && exact != null) {
        return new Scorer() {
          @Override
          public List<RankedRow> best(Forms forms, int limit) {
            return (forms == Forms.STEM ? stems : exact).best(limit);
          }

          @Override
          public List<RankedRow> of(Forms forms, Collection<Long> rows) {
            return (forms == Forms.STEM ? stems : exact).of(rows);
          }
        };
      }
    }
    String match = QueryAnalysis.match(keyed, " AND ");
    String stemMatch = QueryAnalysis.stemMatch(keyed, " AND ");
    return new Scorer() {
      @Override
      public List<RankedRow> best(Forms forms, int limit) {
        return index.rankedRows(forms, forms == Forms.STEM ? stemMatch : match, WEIGHTS, limit);
      }

      @Override
      public List<RankedRow> of(Forms forms, Collection<Long> rows) {
        return index.scores(forms, forms == Forms.STEM ? stemMatch : match, WEIGHTS, rows);
      }
    };
  }

  /**
   * The articles with every group, best first, at most {@code limit}; {@code typed} are the query's
   * words as typed (little words too), for the title that starts with them.
   */
  List<IndexHit> ranked(List<Group> groups, List<QueryText.Word> typed, int limit) {
    List<Group> keyed = byKeys(groups);
    // The tiers are read deeper than the page, so that their order by the whole article does not
    // depend on how many results were asked for.
    int wanted = limit + ORDER_TIERS_FROM;
    Map<Long, Integer> tiers = new LinkedHashMap<>();
    Map<Long, Double> scores = new HashMap<>();
    if (!typed.isEmpty()) {
      List<String> words = new ArrayList<>();
      typed.forEach(w -> words.addAll(List.of(w.word().split(" "))));
      heads
          .titleStarts(words, typed.get(typed.size() - 1).typing(), limit)
          .forEach(row -> tiers.putIfAbsent(row, TITLE_START));
    }
    heads
        .rows(HeadIndex.Field.TITLE, groups, wanted)
        .forEach(r -> tiers.putIfAbsent(r.row(), TITLE));
    heads
        .rows(HeadIndex.Field.QUESTIONS, groups, wanted)
        .forEach(r -> tiers.putIfAbsent(r.row(), QUESTIONS));
    // A word being typed is found by the exact index, which finds the longer words it starts.
    boolean typing = QueryAnalysis.typing(groups);
    Scorer scorer = scorer(keyed);
    // Every match ranked: every form of the words counts (stem_fts), and the exact words count
    // once more, so an article saying "seizures" is found for "seizure", after one saying
    // "seizure" as often.
    Map<Long, Double> stems = new HashMap<>();
    Map<Long, Double> exact = new HashMap<>();
    for (RankedRow row : scorer.best(Forms.STEM, wanted)) {
      tiers.putIfAbsent(row.row(), OTHERS);
      stems.put(row.row(), row.rank());
    }
    if (typing) {
      for (RankedRow row : scorer.best(Forms.EXACT, wanted)) {
        tiers.putIfAbsent(row.row(), OTHERS);
        exact.put(row.row(), row.rank());
      }
    }
    // In SQLite each statement costs a pass over the articles holding each word, for bm25's
    // counts: while typing, the two rankings give each row what they found, and no third or fourth
    // pass runs (the in-memory scores keep the same rule, so both give the same results).
    if (!typing) {
      List<Long> noStems = tiers.keySet().stream().filter(r -> !stems.containsKey(r)).toList();
      scorer.of(Forms.STEM, noStems).forEach(r -> stems.put(r.row(), r.rank()));
      scorer.of(Forms.EXACT, tiers.keySet()).forEach(r -> exact.put(r.row(), r.rank()));
    }
    stems.forEach((row, rank) -> scores.merge(row, rank, Double::sum));
    exact.forEach((row, rank) -> scores.merge(row, rank, Double::sum));
    List<Scored> order = new ArrayList<>();
    tiers.forEach(
        (row, tier) ->
            order.add(new Scored(new RankedRow(row, scores.getOrDefault(row, 0.0)), tier)));
    order.sort(Comparator.comparingInt(Scored::tier).thenComparingDouble(s -> s.row().rank()));
    return index.hits(
        shown(order.subList(0, Math.min(limit, order.size()))), QueryAnalysis.matcher(groups));
  }

  /**
   * The rows with the scores shown to the reader (higher is better): bm25 turned positive, plus for
   * each tier more than the best score of the tiers after it.
   */
  private static List<RankedRow> shown(List<Scored> order) {
    double[] shown = new double[order.size()];
    double offset = 0;
    for (int i = order.size() - 1; i >= 0; ) {
      int tier = order.get(i).tier();
      double best = 0;
      int j = i;
      for (; j >= 0 && order.get(j).tier() == tier; j--) {
        shown[j] = Math.max(0.0, -order.get(j).row().rank()) + offset;
        best = Math.max(best, shown[j]);
      }
      offset = best + 1;
      i = j;
    }
    List<RankedRow> rows = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      rows.add(new RankedRow(order.get(i).row().row(), -shown[i]));
    }
    return rows;
  }

  /** Whether any article holds every group, in some form of its words or as typed. */
  boolean anyMatch(List<Group> groups) {
    List<Group> keyed = byKeys(groups);
    MemoryIndex loaded = memory.get();
    // In SQLite, words that are common but never together are a pass over all their articles.
    boolean typing = QueryAnalysis.typing(keyed);
    Boolean stems =
        loaded == null ? null : loaded.anyMatch(Forms.STEM, QueryAnalysis.searched(keyed, true));
    if (stems != null && (stems || !typing)) {
      return stems;
    }
    Boolean exact =
        stems == null ? null : loaded.anyMatch(Forms.EXACT, QueryAnalysis.searched(keyed, false));
    if (exact != null) {
      return exact;
    }
    return index.countUpTo(Forms.STEM, QueryAnalysis.stemMatch(keyed, " AND "), 1) > 0
        || (typing && index.countUpTo(Forms.EXACT, QueryAnalysis.match(keyed, " AND "), 1) > 0);
  }

  /**
   * The groups with each glossary entry in more than {@link #KEYED_ABOVE} articles found by its
   * {@link org.careshelf.library.Words#glossaryKey key} alone: the key stands in the glossary
   * column of every article naming the entry, and bm25 counts the articles holding each phrase it
   * is asked for, so the names of a common entry ("care team", "health care team") cost a pass over
   * most of the library on every search. A word still being typed keeps its names.
   */
  private List<Group> byKeys(List<Group> groups) {
    List<Group> keyed = new ArrayList<>();
    for (Group group : groups) {
      String key =
          group.entry() == null
              ? null
              : org.careshelf.library.Words.glossaryKey(group.entry().term());
      boolean typing = group.alternatives().stream().anyMatch(Alternative::typing);
      if (key != null && !typing && vocabulary.articles(key) > KEYED_ABOVE) {
        keyed.add(new Group(List.of(new Alternative(List.of(key), false)), group.entry(), 1));
      } else {
        keyed.add(group);
      }
    }
    return keyed;
  }

  /** Whether any indexed word, or a form of it, can match the group. */
  boolean findable(Group group) {
    if (mostMatches(group) > 0) {
      return true;
    }
    for (Alternative a : group.alternatives()) {
      if (index.stemFinds(QueryAnalysis.phrase(a.words(), false))) {
        return true;
      }
    }
    return false;
  }

  /**
   * At most how many articles hold the group, from the index's word counts (0 for a group found
   * only by its stem): the most common group is the first left out of a partial search.
   */
  long mostMatches(Group group) {
    long inGroup = 0;
    for (Alternative a : group.alternatives()) {
      long fewest = Long.MAX_VALUE;
      for (int i = 0; i < a.words().size(); i++) {
        String word = a.words().get(i);
        boolean prefix = a.typing() && i == a.words().size() - 1;
        fewest =
            Math.min(
                fewest, prefix ? vocabulary.articlesWithPrefix(word) : vocabulary.articles(word));
      }
      inGroup += fewest;
    }
    if (group.entry() != null && group.alternatives().stream().noneMatch(Alternative::typing)) {
      inGroup =
          Math.min(
              inGroup,
              vocabulary.articles(org.careshelf.library.Words.glossaryKey(group.entry().term())));
    }
    return inGroup;
  }
}
