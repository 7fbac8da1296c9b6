package org.careshelf.search;

import java.util.Arrays;
import java.util.List;

/**
 * The rows holding one word or phrase (as row indexes, ascending) and its count in each, weighted
 * by column, as bm25 sums it.
 */
record Postings(int[] docs, float[] freq) {

  static final Postings NONE = new Postings(new int[0], new float[0]);

  /**
   * The postings of any of {@code lists}, counts summed per row; {@code sum} and {@code held} (one
   * entry a row, zero and false) are left as they were given, so that many unions share them.
   */
  static Postings union(List<Postings> lists, float[] sum, boolean[] held) {
    if (lists.size() == 1) {
      return lists.get(0);
    }
    int n = 0;
    for (Postings p : lists) {
      for (int k = 0; k < p.docs.length; k++) {
        int doc = p.docs[k];
        n += held[doc] ? 0 : 1;
        held[doc] = true;
        sum[doc] += p.freq[k];
      }
    }
    int[] docs = new int[n];
    float[] freq = new float[n];
    int at = 0;
    for (int doc = 0; at < n; doc++) {
      if (held[doc]) {
        docs[at] = doc;
        freq[at++] = sum[doc];
        held[doc] = false;
        sum[doc] = 0;
      }
    }
    return new Postings(docs, freq);
  }

  /** Postings made one row at a time, rows in ascending order. */
  static final class Growing {
    private int[] docs = new int[4];
    private float[] freq = new float[4];
    private int size;

    void add(int doc, float count) {
      if (size == docs.length) {
        docs = Arrays.copyOf(docs, size * 2);
        freq = Arrays.copyOf(freq, size * 2);
      }
      docs[size] = doc;
      freq[size++] = count;
    }

    int size() {
      return size;
    }

    Postings done() {
      if (size == 0) {
        return NONE;
      }
      return size == docs.length
          ? new Postings(docs, freq)
          : new Postings(Arrays.copyOf(docs, size), Arrays.copyOf(freq, size));
    }
  }
}
