package org.careshelf.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Packed postings read back as they were given, whatever the gaps and counts. */
class PackedPostingsTest {

  @Test
  void readsBackEveryRowAndCount() {
    Random random = new Random(7);
    for (int round = 0; round < 50; round++) {
      int size = random.nextInt(500);
      int[] docs = new int[size];
      float[] freq = new float[size];
      int doc = 0;
      for (int k = 0; k < size; k++) {
        // Gaps of one byte and of several, counts few and many.
        doc += 1 + (random.nextBoolean() ? random.nextInt(100) : random.nextInt(1 << 21));
        docs[k] = doc;
        freq[k] = round % 2 == 0 ? 1 + random.nextInt(4) : random.nextFloat() * 300;
      }
      Postings back = PackedPostings.of(new Postings(docs, freq)).postings();
      assertArrayEquals(docs, back.docs());
      assertArrayEquals(freq, back.freq());
    }
  }
}
