package org.careshelf.ui;

import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/**
 * A large, touch-sized button with a title and an optional line of detail. Built on a VBox rather
 * than a Button because a Button measures wrapped text in its graphic far too tall.
 */
public final class Tile extends VBox {

  private Runnable action = () -> {};
  private final Label name;

  /** A tile that fills its width; {@code detail} may be null. */
  public Tile(String title, String detail) {
    name = new Label(title);
    name.getStyleClass().add(Styles.TILE_TITLE);
    name.setWrapText(true);
    getChildren().add(name);
    if (detail != null && !detail.isBlank()) {
      Label more = new Label(detail);
      more.getStyleClass().add(Styles.TILE_DETAIL);
      more.setWrapText(true);
      getChildren().add(more);
    }
    getStyleClass().add(Styles.TILE);
    setMaxWidth(Double.MAX_VALUE);
    setFocusTraversable(true);
    setAccessibleRole(AccessibleRole.BUTTON);
    setAccessibleText(detail == null || detail.isBlank() ? title : title + ". " + detail);
    setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY) {
            requestFocus();
            fire();
          }
        });
    setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
            fire();
            e.consume();
          }
        });
  }

  /** The size of the tile's text, for laying tiles out in em. */
  public javafx.beans.property.ReadOnlyObjectProperty<javafx.scene.text.Font> fontProperty() {
    return name.fontProperty();
  }

  /** What a click, a tap, Enter or Space does. */
  public void setOnAction(Runnable action) {
    this.action = action;
  }

  /** Does what the tile is for, as a click would. */
  public void fire() {
    action.run();
  }

  @Override
  public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
    if (action == AccessibleAction.FIRE) {
      fire();
    } else {
      super.executeAccessibleAction(action, parameters);
    }
  }
}
