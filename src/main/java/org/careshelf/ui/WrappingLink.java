package org.careshelf.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.Region;

/**
 * A link in running text that is never wider than the paragraph it is in: a long glossary term in a
 * narrow table column at 250% wraps onto a second line instead of running off the page.
 */
public final class WrappingLink extends Hyperlink {

  public WrappingLink(String words) {
    super(words);
    setWrapText(true);
    // A text flow keeps the size it measured; a new width must make it measure this link again.
    javafx.beans.value.ChangeListener<Number> widthChanged = (obs, old, now) -> requestLayout();
    parentProperty()
        .addListener(
            (obs, old, parent) -> {
              if (old instanceof Region before) {
                before.widthProperty().removeListener(widthChanged);
              }
              if (parent instanceof Region flow) {
                flow.widthProperty().addListener(widthChanged);
              }
            });
  }

  /** The room across the paragraph this link is in, or a negative number before it is laid out. */
  private double room() {
    if (getParent() instanceof Region flow && flow.getWidth() > 0) {
      Insets in = flow.getInsets();
      return flow.getWidth() - in.getLeft() - in.getRight();
    }
    return -1;
  }

  @Override
  protected double computePrefWidth(double height) {
    double natural = super.computePrefWidth(height);
    double room = room();
    return room > 0 ? Math.min(natural, room) : natural;
  }

  @Override
  protected double computePrefHeight(double width) {
    // Asked without a width, the answer is for the width it will get: the lines it wraps to.
    return super.computePrefHeight(width < 0 ? computePrefWidth(-1) : width);
  }
}
