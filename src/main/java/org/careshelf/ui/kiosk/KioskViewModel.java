package org.careshelf.ui.kiosk;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The kiosk's sense of whether anyone is there: counts the quiet seconds it is told of, asks "Still
 * reading?" after {@code idleSeconds}, and starts over for the next reader when nobody answers
 * within the countdown. The view ticks it once a second and tells it of every touch, key or move.
 */
public final class KioskViewModel {

  /** How long "Still reading?" waits for an answer. */
  public static final int COUNTDOWN_SECONDS = 20;

  private final int idleSeconds;
  private final Runnable startOver;
  private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper();
  private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper();
  private final ReadOnlyBooleanWrapper welcome = new ReadOnlyBooleanWrapper(true);
  private int quiet;

  /** {@code startOver} returns every part of the window to its start for the next reader. */
  public KioskViewModel(int idleSeconds, Runnable startOver) {
    this.idleSeconds = idleSeconds;
    this.startOver = startOver;
  }

  /** True while "Still reading?" is shown. */
  public ReadOnlyBooleanProperty askingProperty() {
    return asking.getReadOnlyProperty();
  }

  /** The seconds "Still reading?" has left before the kiosk starts over. */
  public ReadOnlyIntegerProperty secondsLeftProperty() {
    return secondsLeft.getReadOnlyProperty();
  }

  /** True while the calm start screen ("Touch anywhere to start") is shown. */
  public ReadOnlyBooleanProperty welcomeProperty() {
    return welcome.getReadOnlyProperty();
  }

  /** Someone touched, typed or moved: the quiet time starts again and any question is answered. */
  public void activity() {
    quiet = 0;
    asking.set(false);
  }

  /** The reader touched the start screen. */
  public void begin() {
    activity();
    welcome.set(false);
  }

  /** One more quiet second. */
  public void tick() {
    if (welcome.get()) {
      return;
    }
    quiet++;
    if (!asking.get() && quiet >= idleSeconds) {
      asking.set(true);
      secondsLeft.set(COUNTDOWN_SECONDS);
    } else if (asking.get()) {
      secondsLeft.set(secondsLeft.get() - 1);
      if (secondsLeft.get() <= 0) {
        startOver();
      }
    }
  }

  /** Starts over at once, as "Start over" does: everything back to the start screen. */
  public void startOver() {
    quiet = 0;
    asking.set(false);
    startOver.run();
    welcome.set(true);
  }
}
