package org.careshelf.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;

/** The bm25 of the rows matching a query, as FTS5 gives it (lower is better), by row index. */
final class MatchScores {
  private final long[] rows;
  private final double[] score;
  private final boolean[] matches;

  MatchScores(long[] rows, double[] score, boolean[] matches) {
    this.rows = rows;
    this.score = score;
    this.matches = matches;
  }

  /** Whether any row matches. */
  boolean any() {
    for (boolean match : matches) {
      if (match) {
        return true;
      }
    }
    return false;
  }

  /** The best {@code limit} matching rows, best first; equal scores by row number. */
  List<RankedRow> best(int limit) {
    PriorityQueue<Integer> worst =
        new PriorityQueue<>(
            (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : b - a);
    for (int i = 0; i < rows.length; i++) {
      if (matches[i]) {
        worst.add(i);
        if (worst.size() > limit) {
          worst.poll();
        }
      }
    }
    List<RankedRow> found = new ArrayList<>();
    while (!worst.isEmpty()) {
      int i = worst.poll();
      found.add(new RankedRow(rows[i], score[i]));
    }
    Collections.reverse(found);
    return found;
  }

  /** The scores of those of {@code wanted} that match, in no order. */
  List<RankedRow> of(Collection<Long> wanted) {
    List<RankedRow> found = new ArrayList<>();
    for (long row : wanted) {
      int i = Arrays.binarySearch(rows, row);
      if (i >= 0 && matches[i]) {
        found.add(new RankedRow(row, score[i]));
      }
    }
    return found;
  }
}
