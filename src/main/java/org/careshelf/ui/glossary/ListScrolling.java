package org.careshelf.ui.glossary;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.careshelf.ui.FocusWatch;
import org.careshelf.ui.PageView;

/**
 * How a list of cards moves as a page of the reader does: the wheel by lines of the text's size, a
 * drag with the finger, and Tab's walk through the cards' links, which it follows into view.
 */
final class ListScrolling {

  private final ListView<?> list;

  private ListScrolling(ListView<?> list) {
    this.list = list;
  }

  /** Makes {@code list} move as a page does. */
  static void install(ListView<?> list) {
    ListScrolling scrolling = new ListScrolling(list);
    list.addEventFilter(
        ScrollEvent.SCROLL,
        e -> {
          double pixels = PageView.wheelPixels(e);
          if (pixels != 0 && scrolling.scrollBy(pixels)) {
            e.consume();
          }
        });
    // A drag scrolls, also on a touch screen that sends mouse events; in a list it has nothing
    // else to do, since no words are selected there.
    double[] lastY = new double[1];
    list.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> lastY[0] = e.getSceneY());
    list.addEventFilter(
        MouseEvent.MOUSE_DRAGGED,
        e -> {
          scrolling.scrollBy(lastY[0] - e.getSceneY());
          lastY[0] = e.getSceneY();
          e.consume();
        });
    ChangeListener<Node> follow = (obs, old, owner) -> scrolling.follow(owner);
    FocusWatch.whileShown(list, follow);
  }

  private boolean scrollBy(double pixels) {
    if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
      flow.scrollPixels(pixels);
      return true;
    }
    return false;
  }

  /** Scrolls so that {@code owner}, when it is in one of the list's cards, is in view. */
  private void follow(Node owner) {
    if (owner == null
        || owner == list
        || !(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
      return;
    }
    Node at = owner;
    while (at != null && at != flow) {
      at = at.getParent();
    }
    if (at == null) {
      return;
    }
    Bounds bounds = flow.sceneToLocal(owner.localToScene(owner.getLayoutBounds()));
    double margin = Math.min(flow.getHeight() / 4, bounds.getHeight() * 2);
    if (bounds.getMinY() < 0) {
      flow.scrollPixels(bounds.getMinY() - margin);
    } else if (bounds.getMaxY() > flow.getHeight()) {
      flow.scrollPixels(bounds.getMaxY() - flow.getHeight() + margin);
    }
  }
}
