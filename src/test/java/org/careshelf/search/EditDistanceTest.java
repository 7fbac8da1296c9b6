package org.careshelf.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void countsInsertsDeletesReplacementsAndSwaps() {
    assertThat(EditDistance.within("lukemia", "leukemia", 2)).isEqualTo(1);
    assertThat(EditDistance.within("lymphona", "lymphoma", 2)).isEqualTo(1);
    assertThat(EditDistance.within("mylenoma", "myeloma", 2)).isEqualTo(2);
    assertThat(EditDistance.within("fever", "fever", 2)).isZero();
  }

  @Test
  void stopsCountingPastTheLimit() {
    assertThat(EditDistance.within("xyzzy", "leukemia", 2)).isEqualTo(3);
    assertThat(EditDistance.within("abc", "xyz", 1)).isEqualTo(2);
  }
}
