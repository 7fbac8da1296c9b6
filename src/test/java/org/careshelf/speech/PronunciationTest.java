package org.careshelf.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PronunciationTest {

  final Pronunciation say =
      new Pronunciation(
          Map.of(
              "CAR T", "car tee",
              "CRS", "C R S",
              "ALL", "A L L",
              "tisagenlecleucel", "tiss uh jen lek LOO sell",
              "CAR", "car"));

  @Test
  void respellsWholeWordsOnly() {
    assertThat(say.apply("CAR T-cell therapy can cause CRS."))
        .isEqualTo("car tee-cell therapy can cause C R S.");
    assertThat(say.apply("CRSP and XCRS stay")).isEqualTo("CRSP and XCRS stay");
  }

  @Test
  void capitalsMatchOnlyCapitalsAndOtherWordsAnyCase() {
    assertThat(say.apply("ALL is a cancer, but not all of it."))
        .isEqualTo("A L L is a cancer, but not all of it.");
    assertThat(say.apply("Tisagenlecleucel (Kymriah)"))
        .isEqualTo("tiss uh jen lek LOO sell (Kymriah)");
  }

  @Test
  void theLongerFormWins() {
    assertThat(say.apply("CAR T and a CAR")).isEqualTo("car tee and a car");
  }

  @Test
  void noneLeavesTheWordsAsTheyAre() {
    assertThat(Pronunciation.NONE.apply("CAR T")).isEqualTo("CAR T");
  }
}
