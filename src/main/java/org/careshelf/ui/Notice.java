package org.careshelf.ui;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A notice bar: a plain-words sentence that wraps, and one button beside it (Close, Undo). */
public final class Notice extends HBox {

  private final Label words = new Label();

  public Notice(String text, Button button) {
    words.setWrapText(true);
    words.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(words, Priority.ALWAYS);
    getChildren().addAll(words, button);
    getStyleClass().add(Styles.NOTICE);
    setAccessibleRole(AccessibleRole.TEXT);
    setText(text);
  }

  /** Says {@code text} instead, to the eye and to a screen reader. */
  public void setText(String text) {
    words.setText(text);
    setAccessibleText(text);
  }
}
