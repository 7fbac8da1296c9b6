package org.careshelf.ui.glossary;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.careshelf.library.GlossaryTerm;
import org.careshelf.ui.Messages;
import org.careshelf.ui.Styles;
import org.controlsfx.control.PopOver;

/** A term's definition beside the word in an article, with a way on to the full glossary. */
public final class GlossaryPopOver {

  private final PopOver popOver = new PopOver();
  private final Label name = new Label();
  private final Label definition = new Label();
  private final Hyperlink more = new Hyperlink();
  private GlossaryTerm shown;
  private Node anchor;
  private final Messages messages;

  /** {@code openInGlossary} is called with the term's name when the reader wants more. */
  public GlossaryPopOver(Messages messages, Consumer<String> openInGlossary) {
    this.messages = messages;
    name.getStyleClass().add(Styles.CARD_TITLE);
    name.setWrapText(true);
    definition.getStyleClass().add(Styles.PAGE_TEXT);
    definition.setWrapText(true);
    more.setText(messages.get("glossary.open"));
    more.setId("openInGlossary");
    more.setOnAction(
        e -> {
          popOver.hide();
          openInGlossary.accept(shown.term());
        });
    VBox content = new VBox(name, definition, more);
    content.setId("glossaryPopOver");
    content.getStyleClass().add(Styles.DEFINITION);
    // Tab leaves the definition for the next thing in the article, as from the word itself.
    content.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.TAB && anchor != null) {
            e.consume();
            Node word = anchor;
            popOver.hide();
            word.requestFocus();
            javafx.event.Event.fireEvent(word, e.copyFor(word, word));
          }
        });
    popOver.setContentNode(content);
    popOver.setDetachable(false);
    popOver.setAutoHide(true);
    popOver.setHideOnEscape(true);
    popOver.setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
    popOver.setTitle(messages.get("glossary.title"));
  }

  /** Shows {@code term}'s definition pointing at {@code anchor}. */
  public void show(Node anchor, GlossaryTerm term) {
    shown = term;
    this.anchor = anchor;
    name.setText(term.term());
    definition.setText(term.definition());
    popOver.getContentNode().setAccessibleText(term.term() + ": " + term.definition());
    // The link takes the keyboard, so it says the definition too, not only where it leads.
    more.setAccessibleText(messages.get("glossary.popOver.spoken", term.term(), term.definition()));
    if (anchor.getScene() != null) {
      // The pop-over is its own window: give it the reader's theme and text size.
      popOver.getRoot().getStylesheets().setAll(anchor.getScene().getStylesheets());
      popOver.getRoot().setStyle(anchor.getScene().getRoot().getStyle());
    }
    // Point the arrow at the word itself: the owner-only show() aims at a spot computed from the
    // pop-over's width before its content is laid out, which lands far from the word.
    javafx.geometry.Bounds word = anchor.localToScreen(anchor.getBoundsInLocal());
    javafx.geometry.Rectangle2D window = windowBounds(anchor);
    // Never wider than the window, and below the word, or above it when there is more room there,
    // so it never covers the word it explains.
    double em = org.careshelf.ui.theme.Theme.fontPx(anchor.getScene());
    ((VBox) popOver.getContentNode())
        .setMaxWidth(Math.min(28 * em, Math.max(10 * em, window.getWidth() - 4 * em)));
    boolean below = window.getMaxY() - word.getMaxY() >= word.getMinY() - window.getMinY();
    boolean fromLeft = window.getMaxX() - word.getCenterX() >= word.getCenterX() - window.getMinX();
    popOver.setArrowLocation(
        below
            ? (fromLeft ? PopOver.ArrowLocation.TOP_LEFT : PopOver.ArrowLocation.TOP_RIGHT)
            : (fromLeft ? PopOver.ArrowLocation.BOTTOM_LEFT : PopOver.ArrowLocation.BOTTOM_RIGHT));
    popOver.show(anchor, word.getCenterX(), below ? word.getMaxY() : word.getMinY());
    more.requestFocus();
  }

  private static javafx.geometry.Rectangle2D windowBounds(Node anchor) {
    javafx.stage.Window w = anchor.getScene() == null ? null : anchor.getScene().getWindow();
    if (w == null) {
      return javafx.stage.Screen.getPrimary().getVisualBounds();
    }
    return new javafx.geometry.Rectangle2D(w.getX(), w.getY(), w.getWidth(), w.getHeight());
  }

  /** True while a definition is showing. */
  public boolean isShowing() {
    return popOver.isShowing();
  }

  /** Hides the definition at once: a fading one outlives a window that closes (review L5). */
  public void hide() {
    if (popOver.isShowing()) {
      popOver.hide(javafx.util.Duration.ZERO);
    }
  }
}
