package org.careshelf.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link Postings} kept in about a quarter of their room, for the phrases counted beforehand: each
 * row as its distance from the one before and each count as its place among the list's distinct
 * counts, both in as few bytes as they need (7 bits a byte); read back whole when a query uses
 * them.
 *
 * <p>For example, rows 3, 4 and 9 with counts 10, 1 and 10 are kept as the bytes 3 0, 1 1, 5 0 and
 * the counts 10 and 1.
 */
final class PackedPostings {

  private final int size;
  private final byte[] bytes;
  private final float[] counts;

  private PackedPostings(int size, byte[] bytes, float[] counts) {
    this.size = size;
    this.bytes = bytes;
    this.counts = counts;
  }

  static PackedPostings of(Postings postings) {
    Builder packed = new Builder();
    for (int k = 0; k < postings.docs().length; k++) {
      packed.add(postings.docs()[k], postings.freq()[k]);
    }
    return packed.done();
  }

  /** Packed postings made one row at a time, rows in ascending order, never unpacked meanwhile. */
  static final class Builder {
    private final Map<Float, Integer> places = new HashMap<>();
    private byte[] bytes = new byte[16];
    private int length;
    private int size;
    private int previous;

    void add(int doc, float count) {
      write(doc - previous);
      previous = doc;
      write(places.computeIfAbsent(count, f -> places.size()));
      size++;
    }

    private void write(int value) {
      if (length + 5 > bytes.length) {
        bytes = Arrays.copyOf(bytes, bytes.length * 2);
      }
      while (value >= 0x80) {
        bytes[length++] = (byte) ((value & 0x7f) | 0x80);
        value >>>= 7;
      }
      bytes[length++] = (byte) value;
    }

    PackedPostings done() {
      float[] counts = new float[places.size()];
      places.forEach((count, place) -> counts[place] = count);
      return new PackedPostings(size, Arrays.copyOf(bytes, length), counts);
    }
  }

  /** The postings as they were given. */
  Postings postings() {
    int[] docs = new int[size];
    float[] freq = new float[size];
    int at = 0;
    int doc = 0;
    for (int k = 0; k < size; k++) {
      int value = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = bytes[at++];
        value |= (b & 0x7f) << shift;
        if (b >= 0) {
          break;
        }
      }
      doc += value;
      docs[k] = doc;
      value = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = bytes[at++];
        value |= (b & 0x7f) << shift;
        if (b >= 0) {
          break;
        }
      }
      freq[k] = counts[value];
    }
    return size == 0 ? Postings.NONE : new Postings(docs, freq);
  }
}
