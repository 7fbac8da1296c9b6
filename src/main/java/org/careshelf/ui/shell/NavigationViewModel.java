package org.careshelf.ui.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Where the reader is, and the way back and forward, as in a web browser. */
public final class NavigationViewModel {

  /** Enough to retrace a long session without growing for ever on a kiosk. */
  static final int LIMIT = 200;

  private final ReadOnlyObjectWrapper<Place> current =
      new ReadOnlyObjectWrapper<>(new Place.Home());
  private final Deque<Place> back = new ArrayDeque<>();
  private final Deque<Place> forward = new ArrayDeque<>();
  private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper();

  public ReadOnlyObjectProperty<Place> currentProperty() {
    return current.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canGoBackProperty() {
    return canGoBack.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canGoForwardProperty() {
    return canGoForward.getReadOnlyProperty();
  }

  /** Goes to {@code place}; going where the reader already is changes nothing. */
  public void go(Place place) {
    if (place.equals(current.get())) {
      return;
    }
    push(back, current.get());
    forward.clear();
    current.set(place);
    update();
  }

  public void back() {
    if (!back.isEmpty()) {
      push(forward, current.get());
      current.set(back.pop());
      update();
    }
  }

  public void forward() {
    if (!forward.isEmpty()) {
      push(back, current.get());
      current.set(forward.pop());
      update();
    }
  }

  public void home() {
    go(new Place.Home());
  }

  /** Forgets the way back and forward and returns home: for kiosks, between readers. */
  public void reset() {
    back.clear();
    forward.clear();
    current.set(new Place.Home());
    update();
  }

  private static void push(Deque<Place> stack, Place place) {
    stack.push(place);
    if (stack.size() > LIMIT) {
      stack.removeLast();
    }
  }

  private void update() {
    canGoBack.set(!back.isEmpty());
    canGoForward.set(!forward.isEmpty());
  }
}
