package org.careshelf.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The staff PIN is kept only as a salted hash, and only 4 to 12 digits make one. */
class KioskPinTest {

  @Test
  void theRightPinMatchesItsHashAndNoOtherDoes() {
    String hash = KioskPin.hash("2468");

    assertThat(hash).startsWith("pbkdf2-sha256$").doesNotContain("2468");
    assertThat(KioskPin.isValidHash(hash)).isTrue();
    assertThat(KioskPin.matches("2468", hash)).isTrue();
    assertThat(KioskPin.matches("2469", hash)).isFalse();
    assertThat(KioskPin.matches("24680", hash)).isFalse();
  }

  @Test
  void eachHashHasItsOwnSalt() {
    assertThat(KioskPin.hash("2468")).isNotEqualTo(KioskPin.hash("2468"));
  }

  @Test
  void onlyFourToTwelveDigitsArePins() {
    assertThat(KioskPin.isValidPin("1234")).isTrue();
    assertThat(KioskPin.isValidPin("123456789012")).isTrue();
    assertThat(KioskPin.isValidPin("123")).isFalse();
    assertThat(KioskPin.isValidPin("1234567890123")).isFalse();
    assertThat(KioskPin.isValidPin("12a4")).isFalse();
    assertThatThrownBy(() -> KioskPin.hash("12")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDamagedHashIsNotAHash() {
    String hash = KioskPin.hash("2468");

    assertThat(KioskPin.isValidHash(hash.substring(0, hash.length() - 4))).isFalse();
    assertThat(KioskPin.isValidHash("2468")).isFalse();
    assertThat(KioskPin.isValidHash("pbkdf2-sha256$10$AAAA$AAAA")).isFalse();
    assertThat(KioskPin.matches("2468", "nonsense")).isFalse();
  }
}
