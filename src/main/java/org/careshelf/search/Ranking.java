package org.careshelf.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careshelf.library.Words;
import org.careshelf.search.QueryAnalysis.Alternative;
import org.careshelf.search.QueryAnalysis.Group;

/**
 * Puts the articles matching a query in order: titles holding every word first, then weighted bm25
 * over the index's columns, ranking a fair sample when a word is in very many articles.
 */
final class Ranking {

  /**
   * BM25 weights of the index's columns: id (not searched), title, glossary names, headings,
   * summary, body.
   */
  static final double[] WEIGHTS = {0.0, 10.0, 5.0, 3.0, 3.0, 1.0};

  /** Above this many matching articles, a fair sample of about this many is ranked. */
  static final int RANK_AT_MOST = 600;

  private final SearchIndex index;
  private final Vocabulary vocabulary;

  Ranking(SearchIndex index, Vocabulary vocabulary) {
    this.index = index;
    this.vocabulary = vocabulary;
  }

  /**
   * The articles matching the groups, those with every word in their title first (FTS5's bm25
   * normalises by the length of the whole article, so a title match alone does not always win), in
   * bm25 order of their titles, then the others in weighted bm25 order.
   */
  List<IndexHit> ranked(List<Group> groups, String operator, int limit) {
    String match = QueryAnalysis.match(groups, operator);
    long most = mostMatches(groups, operator);
    List<RankedRow> rows = new ArrayList<>(index.titleRows(match, limit));
    if (rows.size() < limit) {
      Set<Long> seen = new HashSet<>();
      rows.forEach(r -> seen.add(r.row()));
      String all = most <= RANK_AT_MOST ? match : QueryAnalysis.match(byKeys(groups), operator);
      for (RankedRow row : index.matchingRows(all, WEIGHTS, limit + rows.size(), step(most))) {
        if (rows.size() < limit && seen.add(row.row())) {
          rows.add(row);
        }
      }
    }
    return index.hits(match, rows);
  }

  /** Whether any indexed word can match the group. */
  boolean findable(Group group) {
    return mostMatches(List.of(group), " OR ") > 0;
  }

  /**
   * How many rows to step over between those ranked: 1 (rank every row) unless more than {@link
   * #RANK_AT_MOST} match, when a fair sample of about that many is ranked. BM25 cannot tell such
   * common words apart anyway: FTS5 gives a word in over half the articles almost no weight, and
   * ranking every one of thousands of rows would take tens of milliseconds.
   */
  private static int step(long matches) {
    return matches <= RANK_AT_MOST
        ? 1
        : (int) Math.min(Integer.MAX_VALUE, (matches + RANK_AT_MOST - 1) / RANK_AT_MOST);
  }

  /**
   * The groups with each glossary entry found by its {@link Words#glossaryKey key} alone: a common
   * entry's names are phrases of common words ("red blood cells"), and matching them in every
   * article is what makes such a search slow. Only for ranking a sample, where the key finds the
   * same articles (a word still being typed is kept: it may start a longer word than the names).
   */
  private static List<Group> byKeys(List<Group> groups) {
    List<Group> keyed = new ArrayList<>();
    for (Group group : groups) {
      if (group.entry() == null) {
        keyed.add(group);
        continue;
      }
      List<Alternative> alternatives = new ArrayList<>();
      alternatives.add(new Alternative(List.of(Words.glossaryKey(group.entry().term())), false));
      group.alternatives().stream().filter(Alternative::typing).forEach(alternatives::add);
      keyed.add(new Group(alternatives, group.entry(), group.length()));
    }
    return keyed;
  }

  /** An upper bound of the articles matching the groups, from the index's word counts. */
  private long mostMatches(List<Group> groups, String operator) {
    long most = operator.equals(" AND ") ? Long.MAX_VALUE : 0;
    for (Group group : groups) {
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
        inGroup = Math.min(inGroup, vocabulary.articles(Words.glossaryKey(group.entry().term())));
      }
      most = operator.equals(" AND ") ? Math.min(most, inGroup) : most + inGroup;
    }
    return most;
  }
}
