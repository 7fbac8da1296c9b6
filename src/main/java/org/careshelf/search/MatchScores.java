package org.careshelf.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

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

  /** The best {@code limit} matching rows, best first; equal scores by row number. */
  List<RankedRow> best(int limit) {
    // A heap of row indexes, the worst kept on top; a row no better than it is passed over, so a
    // common word's thousands of rows cost a comparison each.
    int[] heap = new int[Math.max(1, limit)];
    int size = 0;
    for (int i = 0; i < rows.length && limit > 0; i++) {
      if (!matches[i]) {
        continue;
      }
      if (size < limit) {
        heap[size] = i;
        up(heap, size++);
      } else if (worse(heap[0], i)) {
        heap[0] = i;
        down(heap, size);
      }
    }
    RankedRow[] found = new RankedRow[size];
    while (size > 0) {
      int i = heap[0];
      heap[0] = heap[--size];
      down(heap, size);
      found[size] = new RankedRow(rows[i], score[i]);
    }
    return Arrays.asList(found);
  }

  /** True when row index {@code a} comes after {@code b}: a higher score, or a later row. */
  private boolean worse(int a, int b) {
    return score[a] != score[b] ? score[a] > score[b] : a > b;
  }

  private void up(int[] heap, int at) {
    while (at > 0) {
      int parent = (at - 1) / 2;
      if (!worse(heap[at], heap[parent])) {
        return;
      }
      int t = heap[at];
      heap[at] = heap[parent];
      heap[parent] = t;
      at = parent;
    }
  }

  private void down(int[] heap, int size) {
    int at = 0;
    while (true) {
      int child = 2 * at + 1;
      if (child >= size) {
        return;
      }
      if (child + 1 < size && worse(heap[child + 1], heap[child])) {
        child++;
      }
      if (!worse(heap[child], heap[at])) {
        return;
      }
      int t = heap[at];
      heap[at] = heap[child];
      heap[child] = t;
      at = child;
    }
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
