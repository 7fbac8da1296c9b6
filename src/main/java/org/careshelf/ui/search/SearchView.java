package org.careshelf.ui.search;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.careshelf.search.SearchHit;
import org.careshelf.search.SearchResults;
import org.careshelf.search.TopicSuggestion;
import org.careshelf.ui.FocusWatch;
import org.careshelf.ui.Messages;
import org.controlsfx.control.textfield.TextFields;

/**
 * The search field for the toolbar, with its results in a panel laid over the window below it.
 * Enter in the field always opens the best result for the words in the field; Down moves the
 * keyboard into the panel, where the arrow keys move through everything in it; Escape closes it.
 */
public final class SearchView extends HBox {

  /** The widest the panel grows, in em of its text: about a line of 90 characters. */
  static final double WIDEST_EM = 50;

  /** The room kept between the panel and the window's edges, in pixels. */
  static final double MARGIN = 12;

  private final SearchViewModel model;
  private final TextField field = TextFields.createClearableTextField();
  private final SearchPanel panel;
  private final ChangeListener<Node> focusMoved = (obs, old, now) -> showOrHidePanel();

  public SearchView(SearchViewModel model, Messages messages) {
    this.model = model;
    this.panel = new SearchPanel(messages, model::searchAsTyped);
    setId("search");
    field.setId("searchField");
    field.setPromptText(messages.get("search.prompt"));
    field.setAccessibleText(messages.get("search.label"));
    field.setAccessibleHelp(messages.get("search.help"));
    field.setPrefColumnCount(16);
    field.textProperty().addListener((obs, old, text) -> model.type(text));
    field.addEventFilter(KeyEvent.KEY_PRESSED, this::keyInField);
    getChildren().add(field);
    panel.addEventFilter(KeyEvent.KEY_PRESSED, this::keyInPanel);
    panel.addEventFilter(KeyEvent.KEY_TYPED, this::typedInPanel);
    model.resultsProperty().addListener((obs, old, results) -> show(results));
    model.noticeProperty().addListener((obs, old, text) -> showNotice());
    model.asTypedLinkProperty().addListener((obs, old, text) -> showNotice());
    FocusWatch.whileShown(this, focusMoved);
    show(model.resultsProperty().get());
  }

  /** Empties the field and forgets its results: for kiosks, between readers. */
  public void reset() {
    field.clear();
    model.reset();
    panel.setVisible(false);
  }

  /** The text field, for focusing it from outside. */
  public TextField field() {
    return field;
  }

  /**
   * The results panel, to be laid over the window's content just below the toolbar; it shows itself
   * while there are results and the keyboard is in the field or the panel.
   */
  public Region resultsPanel() {
    return panel;
  }

  /**
   * Sizes the panel for a window {@code width} by {@code height} pixels below the toolbar, with
   * text of {@code fontPx}, and returns how far from the left it starts: under the field, moved
   * left as far as it must be to stay inside the window.
   */
  public double fitPanel(double width, double height, double fontPx) {
    double wide = Math.max(0, Math.min(width - 2 * MARGIN, WIDEST_EM * fontPx));
    panel.setPrefWidth(wide);
    panel.setMaxWidth(wide);
    panel.setMaxHeight(Math.max(0, height - MARGIN));
    double fieldX = field.localToScene(0, 0).getX();
    return Math.max(MARGIN, Math.min(fieldX, width - wide - MARGIN));
  }

  /**
   * Closes the panel when the reader goes to another page, and says whether the keyboard was in the
   * search, so the caller can move it into the page instead.
   */
  public boolean dismiss() {
    Scene scene = getScene();
    Node owner = scene == null ? null : scene.getFocusOwner();
    panel.setVisible(false);
    return owner == field || (owner != null && panel.holds(owner));
  }

  /**
   * Makes "/" move to the search field anywhere in {@code scene} when the reader is not typing;
   * Ctrl+K (Cmd+K on a Mac) is one of the shell's shortcuts and calls {@link #focusField()}.
   */
  public void installShortcuts(Scene scene) {
    scene.addEventFilter(
        KeyEvent.KEY_TYPED,
        e -> {
          if ("/".equals(e.getCharacter())
              && !(scene.getFocusOwner() instanceof TextInputControl)) {
            focusField();
            e.consume();
          }
        });
  }

  /** Moves the keyboard to the search field, its words selected to type over. */
  public void focusField() {
    field.requestFocus();
    field.selectAll();
  }

  private void keyInField(KeyEvent e) {
    switch (e.getCode()) {
      case DOWN -> {
        moveInto(0);
        e.consume();
      }
      case ENTER -> {
        // The words in the field, never a result of the words before them.
        model.openBest();
        panel.setVisible(false);
        e.consume();
      }
      case ESCAPE -> {
        if (panel.isVisible()) {
          panel.setVisible(false);
        } else {
          field.clear();
        }
        e.consume();
      }
      default -> {}
    }
  }

  private void keyInPanel(KeyEvent e) {
    List<Node> stops = panel.stops();
    int at = stops.indexOf(focusedStop(stops));
    switch (e.getCode()) {
      case DOWN -> moveInto(Math.min(stops.size() - 1, at + 1));
      case UP -> {
        if (at <= 0) {
          field.requestFocus();
          field.end();
        } else {
          moveInto(at - 1);
        }
      }
      case HOME -> moveInto(0);
      case END -> moveInto(stops.size() - 1);
      case ESCAPE -> {
        field.requestFocus();
        field.end();
        panel.setVisible(false);
      }
      default -> {
        return;
      }
    }
    e.consume();
  }

  /** Typing in the panel goes on in the field, as a reader who starts typing expects. */
  private void typedInPanel(KeyEvent e) {
    String typed = e.getCharacter();
    if (!typed.isEmpty() && !Character.isISOControl(typed.charAt(0)) && !e.isShortcutDown()) {
      field.requestFocus();
      field.end();
      field.insertText(field.getCaretPosition(), typed);
      e.consume();
    }
  }

  private Node focusedStop(List<Node> stops) {
    Node owner = getScene() == null ? null : getScene().getFocusOwner();
    for (Node n = owner; n != null; n = n.getParent()) {
      if (stops.contains(n)) {
        return n;
      }
    }
    return null;
  }

  private void moveInto(int index) {
    List<Node> stops = panel.stops();
    if (stops.isEmpty() || index < 0) {
      return;
    }
    showPanel();
    Node stop = stops.get(index);
    stop.requestFocus();
    scrollIntoView(stop);
  }

  private void scrollIntoView(Node stop) {
    panel.layout();
    double content = panel.getContent().getBoundsInLocal().getHeight();
    double viewport = panel.getViewportBounds().getHeight();
    if (content <= viewport) {
      return;
    }
    double top = stop.localToScene(0, 0).getY() - panel.getContent().localToScene(0, 0).getY();
    double bottom = top + stop.getBoundsInLocal().getHeight();
    double shownTop = panel.getVvalue() * (content - viewport);
    if (top < shownTop) {
      panel.setVvalue(top / (content - viewport));
    } else if (bottom > shownTop + viewport) {
      panel.setVvalue(Math.min(1, (bottom - viewport) / (content - viewport)));
    }
  }

  private void open(SearchHit hit) {
    model.open(hit);
    panel.setVisible(false);
  }

  private void openTopic(TopicSuggestion topic) {
    model.openTopic(topic);
    panel.setVisible(false);
  }

  private void show(SearchResults results) {
    if (results == null || results.isBlank()) {
      panel.setVisible(false);
      return;
    }
    panel.show(results, this::open, this::openTopic);
    showNotice();
    showPanel();
  }

  private void showNotice() {
    panel.showNotice(model.noticeProperty().get(), model.asTypedLinkProperty().get());
  }

  private void showOrHidePanel() {
    Node owner = getScene() == null ? null : getScene().getFocusOwner();
    if (owner == field || (owner != null && panel.holds(owner))) {
      showPanel();
    } else {
      panel.setVisible(false);
    }
  }

  private void showPanel() {
    SearchResults results = model.resultsProperty().get();
    Node owner = getScene() == null ? null : getScene().getFocusOwner();
    boolean keyboardHere = owner == field || (owner != null && panel.holds(owner));
    if (results != null && !results.isBlank() && keyboardHere) {
      panel.setVisible(true);
    }
  }
}
