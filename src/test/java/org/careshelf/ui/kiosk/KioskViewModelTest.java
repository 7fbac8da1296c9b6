package org.careshelf.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The kiosk's idle watch, ticked by hand: "Still reading?" after the quiet time, then a reset. */
class KioskViewModelTest {

  final AtomicInteger startedOver = new AtomicInteger();
  final KioskViewModel kiosk = new KioskViewModel(30, startedOver::incrementAndGet);

  void tick(int seconds) {
    for (int i = 0; i < seconds; i++) {
      kiosk.tick();
    }
  }

  @Test
  void theStartScreenWaitsForATouch() {
    tick(1000);

    assertThat(kiosk.welcomeProperty().get()).isTrue();
    assertThat(startedOver.get()).isZero();
  }

  @Test
  void asksAfterTheQuietTimeThenStartsOverAfterTheCountdown() {
    kiosk.begin();
    tick(29);
    assertThat(kiosk.askingProperty().get()).isFalse();
    tick(1);
    assertThat(kiosk.askingProperty().get()).isTrue();
    assertThat(kiosk.secondsLeftProperty().get()).isEqualTo(KioskViewModel.COUNTDOWN_SECONDS);

    tick(KioskViewModel.COUNTDOWN_SECONDS - 1);
    assertThat(startedOver.get()).isZero();
    tick(1);

    assertThat(startedOver.get()).isEqualTo(1);
    assertThat(kiosk.askingProperty().get()).isFalse();
    assertThat(kiosk.welcomeProperty().get()).isTrue();
  }

  @Test
  void anyTouchKeepsReading() {
    kiosk.begin();
    tick(35);
    assertThat(kiosk.askingProperty().get()).isTrue();

    kiosk.activity();
    tick(29);

    assertThat(kiosk.askingProperty().get()).isFalse();
    assertThat(startedOver.get()).isZero();
  }

  @Test
  void startOverIsAtOnce() {
    kiosk.begin();
    kiosk.startOver();

    assertThat(startedOver.get()).isEqualTo(1);
    assertThat(kiosk.welcomeProperty().get()).isTrue();
  }
}
