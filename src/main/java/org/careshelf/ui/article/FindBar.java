package org.careshelf.ui.article;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.careshelf.ui.Messages;
import org.careshelf.ui.Styles;

/**
 * "Find in this article": a field above the article whose words are marked wherever they occur,
 * with how many there are, and Next and Previous to go from one to the next (Enter and Shift+Enter
 * in the field); Escape closes it and takes the marks away.
 */
public final class FindBar extends FlowPane {

  private final ArticleView article;
  private final Messages messages;
  private final TextField field = new TextField();
  private final Label count = new Label();
  private final PauseTransition pause = new PauseTransition(Duration.millis(150));
  private List<Text> found = List.of();
  private int at = -1;
  private String searched = "";

  FindBar(ArticleView article, Messages messages) {
    this.article = article;
    this.messages = messages;
    setId("findBar");
    getStyleClass().add(Styles.FIND_BAR);
    setAccessibleRole(AccessibleRole.TOOL_BAR);
    setAccessibleText(messages.get("find.label"));
    Label label = new Label(messages.get("find.label"));
    label.setLabelFor(field);
    label.setMinWidth(Region.USE_PREF_SIZE);
    field.setId("findField");
    field.setAccessibleText(messages.get("find.label"));
    field.setPrefColumnCount(14);
    count.setId("findCount");
    count.setMinWidth(Region.USE_PREF_SIZE);
    Button previous = button("findPrevious", "find.previous", () -> step(-1));
    Button next = button("findNext", "find.next", () -> step(1));
    Button close = button("findClose", "find.close", this::close);
    getChildren().addAll(label, field, count, previous, next, close);
    pause.setOnFinished(e -> find());
    field.textProperty().addListener((obs, old, text) -> pause.playFromStart());
    field.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            pause.stop();
            if (found.isEmpty() || !field.getText().equals(searched)) {
              find();
            } else {
              step(e.isShiftDown() ? -1 : 1);
            }
            e.consume();
          }
        });
    addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            close();
            e.consume();
          }
        });
    setVisible(false);
    setManaged(false);
  }

  /** Shows the bar with the keyboard in its field, its words selected to type over. */
  public void open() {
    setVisible(true);
    setManaged(true);
    field.requestFocus();
    field.selectAll();
    if (!field.getText().isBlank()) {
      find();
    }
  }

  /** True while the bar is shown. */
  public boolean isOpen() {
    return isVisible();
  }

  /** Hides the bar, takes the marks away and gives the keyboard back to the article. */
  public void close() {
    boolean wasOpen = isVisible();
    pause.stop();
    clear();
    setVisible(false);
    setManaged(false);
    if (wasOpen) {
      article.requestFocus();
    }
  }

  /** The article was shown afresh: whatever was marked is gone, so find again if open. */
  void articleShown() {
    found = List.of();
    at = -1;
    if (isVisible() && !field.getText().isBlank()) {
      find();
    } else {
      count.setText("");
    }
  }

  private void find() {
    clear();
    searched = field.getText();
    found = FindInPage.mark(article.content(), searched.strip());
    at = -1;
    if (searched.isBlank()) {
      count.setText("");
    } else if (found.isEmpty()) {
      count.setText(messages.get("find.none"));
    } else {
      step(1);
    }
    count.setAccessibleText(count.getText());
  }

  private void step(int by) {
    if (found.isEmpty()) {
      return;
    }
    if (at >= 0) {
      found.get(at).getStyleClass().remove(FindInPage.CURRENT);
    }
    at = Math.floorMod(at + by, found.size());
    Text here = found.get(at);
    here.getStyleClass().add(FindInPage.CURRENT);
    count.setText(messages.get("find.count", at + 1, found.size()));
    count.setAccessibleText(count.getText());
    // The pieces just split are placed by the next layout pass; scroll once they are.
    javafx.application.Platform.runLater(() -> article.scrollToShow(here));
  }

  private void clear() {
    FindInPage.clear(article.content());
    found = List.of();
    at = -1;
  }

  private Button button(String id, String key, Runnable action) {
    Button button = new Button(messages.get(key));
    button.setId(id);
    button.setAccessibleText(messages.get(key + ".label"));
    button.setMinWidth(Region.USE_PREF_SIZE);
    button.setOnAction(e -> action.run());
    return button;
  }
}
