package org.careshelf.ui;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * A page of the reader: a column of content that scrolls up and down and always wraps to the
 * window's width, never scrolling sideways.
 */
public abstract class PageView extends ScrollPane {

  /** The column the page fills. */
  protected final VBox page = new VBox();

  protected PageView(String id, String accessibleText, String pageStyle) {
    setId(id);
    getStyleClass().add(Styles.PAGE_VIEW);
    setFitToWidth(true);
    setHbarPolicy(ScrollBarPolicy.NEVER);
    setAccessibleText(accessibleText);
    page.getStyleClass().add(pageStyle);
    setContent(page);
  }
}
