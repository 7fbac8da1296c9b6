package org.careshelf.ui.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careshelf.ui.Messages;

/**
 * The staff PIN pad's model: digits typed (shown only as dots), the check, and the lock after five
 * wrong PINs in a row, which lasts a minute on {@code clock}.
 */
public final class PinPadViewModel {

  /** Wrong PINs in a row before the pad locks. */
  static final int TRIES = 5;

  /** How long the pad stays locked. */
  static final Duration LOCKED_FOR = Duration.ofSeconds(60);

  private final Predicate<String> isRight;
  private final Runnable unlocked;
  private final Clock clock;
  private final Messages messages;
  private final StringBuilder typed = new StringBuilder();
  private final ReadOnlyStringWrapper dots = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
  private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
  private int wrong;
  private Instant lockedUntil = Instant.MIN;

  /** {@code isRight} checks a PIN; {@code unlocked} runs when the right one is entered. */
  public PinPadViewModel(
      Predicate<String> isRight, Runnable unlocked, Clock clock, Messages messages) {
    this.isRight = isRight;
    this.unlocked = unlocked;
    this.clock = clock;
    this.messages = messages;
  }

  /** One dot for each digit typed. */
  public ReadOnlyStringProperty dotsProperty() {
    return dots.getReadOnlyProperty();
  }

  /** What the pad says: a wrong PIN, or that it is locked; null when there is nothing to say. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** True while five wrong PINs keep the pad locked. */
  public ReadOnlyBooleanProperty lockedProperty() {
    return locked.getReadOnlyProperty();
  }

  /** A digit pressed or typed. */
  public void digit(char digit) {
    if (isLocked() || digit < '0' || digit > '9' || typed.length() >= KioskPin.LONGEST) {
      return;
    }
    typed.append(digit);
    dots.set("\u2022".repeat(typed.length()));
  }

  /** Takes back the last digit. */
  public void backspace() {
    if (typed.length() > 0) {
      typed.setLength(typed.length() - 1);
      dots.set("\u2022".repeat(typed.length()));
    }
  }

  /** Checks the digits typed: the right PIN unlocks, a wrong one counts toward the lock. */
  public void enter() {
    if (isLocked() || typed.length() == 0) {
      return;
    }
    String pin = typed.toString();
    clear();
    if (isRight.test(pin)) {
      wrong = 0;
      message.set(null);
      unlocked.run();
      return;
    }
    wrong++;
    if (wrong >= TRIES) {
      wrong = 0;
      lockedUntil = clock.instant().plus(LOCKED_FOR);
      locked.set(true);
      message.set(messages.get("kiosk.pin.locked", LOCKED_FOR.toSeconds()));
    } else {
      message.set(messages.get("kiosk.pin.wrong"));
    }
  }

  /** Forgets the digits and the message, as when the pad is closed. */
  public void reset() {
    clear();
    if (!isLocked()) {
      message.set(null);
    }
  }

  private void clear() {
    typed.setLength(0);
    dots.set("");
  }

  /** Whether the pad is locked now; a lock that has run out is lifted. */
  public boolean isLocked() {
    if (locked.get() && !clock.instant().isBefore(lockedUntil)) {
      locked.set(false);
      message.set(null);
    }
    return locked.get();
  }
}
