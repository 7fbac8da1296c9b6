package org.careshelf.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.VBox;
import org.careshelf.ui.theme.Theme;

/**
 * A page of the reader: a column of content that scrolls up and down and always wraps to the
 * window's width, never scrolling sideways. Page Down and Space move a screenful less a line, the
 * arrow keys and the mouse wheel a few lines of the text's own size, as in a browser.
 */
public abstract class PageView extends ScrollPane {

  /** How far the arrow keys move, in lines of text. */
  static final double ARROW_LINES = 2;

  /** How far one notch of the mouse wheel moves, in lines of text. */
  static final double WHEEL_LINES = 3;

  /** The height of a line of text, in em. */
  static final double LINE_EM = 1.5;

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
    addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    addEventFilter(ScrollEvent.SCROLL, this::wheel);
  }

  private double line() {
    return Theme.fontPx(getScene()) * LINE_EM;
  }

  /** Moves the page {@code pixels} down (up when negative), within its ends. */
  public void scrollBy(double pixels) {
    double room = page.getHeight() - getViewportBounds().getHeight();
    if (room > 0) {
      setVvalue(Math.max(0, Math.min(1, getVvalue() + pixels / room)));
    }
  }

  /** A screenful less a line, so the last line read stays in sight. */
  private double screenful() {
    return Math.max(line(), getViewportBounds().getHeight() - line());
  }

  private void keyPressed(KeyEvent e) {
    Node owner = getScene() == null ? null : getScene().getFocusOwner();
    boolean typing = owner instanceof TextInputControl;
    // Space presses a focused button or link; only on the page itself does it scroll.
    boolean pressable = owner instanceof ButtonBase || owner instanceof ComboBoxBase<?>;
    if (typing || e.isAltDown() || e.isShortcutDown()) {
      return;
    }
    if (e.getCode() == javafx.scene.input.KeyCode.TAB && owner == this && !e.isShiftDown()) {
      Node first = firstInView(page);
      if (first != null) {
        first.requestFocus();
        e.consume();
      }
      return;
    }
    switch (e.getCode()) {
      case PAGE_DOWN -> scrollBy(screenful());
      case PAGE_UP -> scrollBy(-screenful());
      case SPACE -> {
        if (pressable) {
          return;
        }
        scrollBy(e.isShiftDown() ? -screenful() : screenful());
      }
      case DOWN -> scrollBy(ARROW_LINES * line());
      case UP -> scrollBy(-ARROW_LINES * line());
      case HOME -> setVvalue(0);
      case END -> setVvalue(1);
      default -> {
        return;
      }
    }
    e.consume();
  }

  /**
   * The first node under {@code parent} that takes the keyboard and can be seen now: where Tab goes
   * from the page itself, so the reader's place is kept instead of jumping to the top.
   */
  private Node firstInView(javafx.scene.Parent parent) {
    javafx.geometry.Bounds view = localToScene(getLayoutBounds());
    for (Node child : parent.getChildrenUnmodifiable()) {
      if (!child.isVisible()) {
        continue;
      }
      javafx.geometry.Bounds at = child.localToScene(child.getLayoutBounds());
      if (at.getMaxY() < view.getMinY() || at.getMinY() > view.getMaxY()) {
        continue;
      }
      if (child.isFocusTraversable() && !child.isDisabled() && at.getMinY() >= view.getMinY()) {
        return child;
      }
      if (child instanceof javafx.scene.Parent inner) {
        Node found = firstInView(inner);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private void wheel(ScrollEvent e) {
    double pixels = wheelPixels(e);
    if (pixels != 0) {
      scrollBy(pixels);
      e.consume();
    }
  }

  /**
   * How far the mouse wheel's turn in {@code e} moves a page of the reader, down when positive: a
   * few lines of the text's own size a notch, not the toolkit's 40 px whatever the text size; none
   * for a touch scroll (the page follows the finger) or Ctrl with the wheel (the text size).
   */
  public static double wheelPixels(ScrollEvent e) {
    if (e.isShortcutDown() || e.getDeltaY() == 0 || e.getTouchCount() > 0) {
      return 0;
    }
    double notches = e.getDeltaY() / Math.max(1, Math.abs(e.getDeltaY()));
    if (e.getTextDeltaYUnits() == ScrollEvent.VerticalTextScrollUnits.LINES) {
      notches = e.getTextDeltaY();
    } else if (e.getMultiplierY() > 0) {
      notches = e.getDeltaY() / e.getMultiplierY();
    }
    Node target = e.getTarget() instanceof Node node ? node : null;
    double line = Theme.fontPx(target == null ? null : target.getScene()) * LINE_EM;
    return -notches * WHEEL_LINES * line;
  }
}
