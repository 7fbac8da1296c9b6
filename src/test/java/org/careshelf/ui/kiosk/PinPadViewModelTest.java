package org.careshelf.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.careshelf.ui.Messages;
import org.junit.jupiter.api.Test;

/** The PIN pad without a toolkit, on a clock the test moves. */
class PinPadViewModelTest {

  Instant now = Instant.parse("2026-12-01T10:00:00Z");
  final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  final AtomicInteger unlocked = new AtomicInteger();
  final PinPadViewModel pad =
      new PinPadViewModel(
          "2468"::equals, unlocked::incrementAndGet, clock, Messages.forLocale(Locale.ENGLISH));

  void type(String digits) {
    digits.chars().forEach(c -> pad.digit((char) c));
    pad.enter();
  }

  @Test
  void theRightPinUnlocksAndShowsOnlyDots() {
    pad.digit('2');
    pad.digit('4');
    assertThat(pad.dotsProperty().get()).isEqualTo("\u2022\u2022");
    pad.backspace();
    assertThat(pad.dotsProperty().get()).isEqualTo("\u2022");
    pad.digit('4');
    pad.digit('6');
    pad.digit('8');
    pad.enter();

    assertThat(unlocked.get()).isEqualTo(1);
    assertThat(pad.dotsProperty().get()).isEmpty();
  }

  @Test
  void aWrongPinSaysSo() {
    type("1111");

    assertThat(unlocked.get()).isZero();
    assertThat(pad.messageProperty().get()).contains("not right");
  }

  @Test
  void fiveWrongPinsLockThePadForAMinute() {
    for (int i = 0; i < 5; i++) {
      type("1111");
    }
    assertThat(pad.lockedProperty().get()).isTrue();
    assertThat(pad.messageProperty().get()).contains("60 seconds");

    type("2468");
    assertThat(unlocked.get()).isZero();

    now = now.plus(Duration.ofSeconds(59));
    type("2468");
    assertThat(unlocked.get()).isZero();

    now = now.plus(Duration.ofSeconds(1));
    type("2468");
    assertThat(unlocked.get()).isEqualTo(1);
    assertThat(pad.lockedProperty().get()).isFalse();
  }

  @Test
  void fourWrongPinsThenTheRightOneStartTheCountAgain() {
    for (int i = 0; i < 4; i++) {
      type("1111");
    }
    type("2468");
    type("1111");

    assertThat(pad.lockedProperty().get()).isFalse();
    assertThat(unlocked.get()).isEqualTo(1);
  }
}
