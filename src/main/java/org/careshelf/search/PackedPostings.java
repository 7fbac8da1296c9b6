package org.careshelf.search;

import java.io.ByteArrayOutputStream;
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
    Map<Float, Integer> places = new HashMap<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream(postings.docs().length * 2 + 1);
    int previous = 0;
    for (int k = 0; k < postings.docs().length; k++) {
      write(out, postings.docs()[k] - previous);
      previous = postings.docs()[k];
      write(out, places.computeIfAbsent(postings.freq()[k], f -> places.size()));
    }
    float[] counts = new float[places.size()];
    places.forEach((count, place) -> counts[place] = count);
    return new PackedPostings(postings.docs().length, out.toByteArray(), counts);
  }

  private static void write(ByteArrayOutputStream out, int value) {
    while (value >= 0x80) {
      out.write((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    out.write(value);
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
