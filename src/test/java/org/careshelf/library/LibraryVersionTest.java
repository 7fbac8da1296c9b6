package org.careshelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryVersionTest {

  static LibraryVersion v(String text) {
    return LibraryVersion.parse(text).orElseThrow();
  }

  @Test
  void versionsCompareNumberByNumberNotAsText() {
    assertThat(v("2026.12.1").isNewerThan(v("2026.9.3"))).isTrue();
    assertThat(v("2026.10").isNewerThan(v("2026.9.99"))).isTrue();
    assertThat(v("2027.1").isNewerThan(v("2026.12.31"))).isTrue();
    assertThat(v("2026.12.1").isNewerThan(v("2026.12.1"))).isFalse();
    assertThat(v("2026.9.3").isNewerThan(v("2026.12.1"))).isFalse();
  }

  @Test
  void aMissingNumberCountsAsZero() {
    assertThat(v("2026.12")).isEqualTo(v("2026.12.0")).hasSameHashCodeAs(v("2026.12.0"));
    assertThat(v("2026.12").isNewerThan(v("2026.12.0"))).isFalse();
    assertThat(v("2026.12.0.1").isNewerThan(v("2026.12"))).isTrue();
    assertThat(v("0")).isEqualTo(LibraryVersion.NONE);
  }

  @Test
  void anythingButOneToFourWholeNumbersIsNoVersion() {
    for (String bad :
        List.of(
            "", "v1", "1.", ".1", "1..2", "1.2.3.4.5", "-1", "1.2-beta", "1 .2", "2026-12-01")) {
      assertThat(LibraryVersion.parse(bad)).as(bad).isEmpty();
    }
    assertThat(LibraryVersion.parse(null)).isEmpty();
    assertThat(v("2026.12.1")).hasToString("2026.12.1");
  }

  @Test
  void sortingPutsTheNewestLast() {
    List<LibraryVersion> sorted =
        java.util.stream.Stream.of("2026.12.1", "2026.2", "2025.12.9", "2026.12")
            .map(LibraryVersionTest::v)
            .sorted()
            .toList();
    assertThat(sorted.stream().map(LibraryVersion::toString))
        .containsExactly("2025.12.9", "2026.2", "2026.12", "2026.12.1");
  }
}
