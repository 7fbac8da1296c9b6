package org.careshelf.ui;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;

/** Tells a listener where the keyboard's focus goes for as long as a node is in a window. */
public final class FocusWatch {

  private FocusWatch() {}

  /**
   * Calls {@code moved} with each new focus owner of the scene {@code node} is in, following the
   * node from scene to scene, so that a page taken out of the window stops listening.
   */
  public static void whileShown(Node node, ChangeListener<Node> moved) {
    node.sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (old != null) {
                old.focusOwnerProperty().removeListener(moved);
              }
              if (scene != null) {
                scene.focusOwnerProperty().addListener(moved);
              }
            });
    if (node.getScene() != null) {
      node.getScene().focusOwnerProperty().addListener(moved);
    }
  }
}
