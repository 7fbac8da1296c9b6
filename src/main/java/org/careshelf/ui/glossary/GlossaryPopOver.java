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

  /** {@code openInGlossary} is called with the term's name when the reader wants more. */
  public GlossaryPopOver(Messages messages, Consumer<String> openInGlossary) {
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
    content.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
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
    name.setText(term.term());
    definition.setText(term.definition());
    popOver.getContentNode().setAccessibleText(term.term() + ": " + term.definition());
    if (anchor.getScene() != null) {
      // The pop-over is its own window: give it the reader's theme and text size.
      popOver.getRoot().getStylesheets().setAll(anchor.getScene().getStylesheets());
      popOver.getRoot().setStyle(anchor.getScene().getRoot().getStyle());
    }
    // Point the arrow at the word itself: the owner-only show() aims at a spot computed from the
    // pop-over's width before its content is laid out, which lands far from the word.
    javafx.geometry.Bounds word = anchor.localToScreen(anchor.getBoundsInLocal());
    popOver.show(anchor, word.getCenterX(), word.getMaxY());
    more.requestFocus();
  }

  /** True while a definition is showing. */
  public boolean isShowing() {
    return popOver.isShowing();
  }

  public void hide() {
    popOver.hide();
  }
}
