package org.careshelf.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careshelf.search.QueryAnalysis.Alternative;
import org.careshelf.search.QueryAnalysis.Group;
import org.careshelf.search.SearchIndex.Forms;

/**
 * Puts the articles matching a query in order, every match ranked: first an article whose title
 * starts with the whole query ("who can get car t"), then those with every word in their title,
 * then those with every word in their patient questions, then the others; within each, by weighted
 * bm25 of every form of the words plus bm25 of the exact words, so an exact word counts twice
 * ("painful" finds "pain", after the articles that say "painful").
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

  private final SearchIndex index;
  private final Vocabulary vocabulary;

  Ranking(SearchIndex index, Vocabulary vocabulary) {
    this.index = index;
    this.vocabulary = vocabulary;
  }

  /**
   * The articles with every group, best first, at most {@code limit}; {@code typed} are the query's
   * words as typed (little words too), for the title that starts with them.
   */
  List<IndexHit> ranked(List<Group> groups, List<QueryText.Word> typed, int limit) {
    String match = QueryAnalysis.match(groups, " AND ");
    List<RankedRow> titleStarts = List.of();
    if (!typed.isEmpty()) {
      List<String> words = new ArrayList<>();
      typed.forEach(w -> words.addAll(List.of(w.word().split(" "))));
      titleStarts = index.titleStartRows(words, typed.get(typed.size() - 1).typing(), limit);
    }
    List<RankedRow> titles = index.titleRows(match, limit);
    List<RankedRow> questions = index.questionRows(match, limit);
    int wanted = limit + titleStarts.size() + titles.size() + questions.size() + ORDER_TIERS_FROM;
    Map<Long, Double> scores = new HashMap<>();
    // Every form of the words counts (stem_fts), and the exact words count once more: an article
    // saying "seizures" is found for "seizure", after one saying "seizure" as often.
    for (Forms forms : Forms.values()) {
      for (RankedRow row : index.rankedRows(forms, match, WEIGHTS, wanted)) {
        scores.merge(row.row(), row.rank(), Double::sum);
      }
    }
    Map<Long, Integer> tiers = new LinkedHashMap<>();
    titleStarts.forEach(r -> tiers.putIfAbsent(r.row(), TITLE_START));
    titles.forEach(r -> tiers.putIfAbsent(r.row(), TITLE));
    questions.forEach(r -> tiers.putIfAbsent(r.row(), QUESTIONS));
    scores.keySet().forEach(row -> tiers.putIfAbsent(row, OTHERS));
    List<Scored> order = new ArrayList<>();
    tiers.forEach(
        (row, tier) ->
            order.add(new Scored(new RankedRow(row, scores.getOrDefault(row, 0.0)), tier)));
    order.sort(Comparator.comparingInt(Scored::tier).thenComparingDouble(s -> s.row().rank()));
    return index.hits(match, shown(order.subList(0, Math.min(limit, order.size()))));
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

  /** Whether any indexed word, or a form of it, can match the group. */
  boolean findable(Group group) {
    if (mostMatches(group) > 0) {
      return true;
    }
    for (Alternative a : group.alternatives()) {
      if (index.stemFinds(QueryAnalysis.phrase(a.words(), a.typing()))) {
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
              vocabulary.articles(org.careshelf.content.Words.glossaryKey(group.entry().term())));
    }
    return inGroup;
  }
}
