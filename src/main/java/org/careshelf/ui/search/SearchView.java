package org.careshelf.ui.search;

import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.careshelf.library.GlossaryTerm;
import org.careshelf.search.MarkedText;
import org.careshelf.search.SearchHit;
import org.careshelf.search.SearchResults;
import org.careshelf.search.TopicSuggestion;
import org.careshelf.ui.Messages;
import org.careshelf.ui.Styles;
import org.controlsfx.control.textfield.TextFields;

/**
 * The search field for the toolbar, with its results in a panel to lay over the window below it:
 * the glossary card first, then each article's title, topic path and snippet with the matched words
 * marked. Arrow keys move through the results, Enter opens one, Escape closes the panel.
 */
public final class SearchView extends HBox {

  private final SearchViewModel model;
  private final Messages messages;
  private final TextField field = TextFields.createClearableTextField();
  private final Text noticeText = new Text();
  private final Hyperlink asTyped = new Hyperlink();
  private final TextFlow notice = new TextFlow(noticeText, asTyped);
  private final Label term = new Label();
  private final Label definition = new Label();
  private final VBox card = new VBox(term, definition);
  private final ListView<SearchHit> list = new ListView<>();
  private final VBox topics = new VBox();
  private final VBox panel = new VBox(notice, card, list, topics);

  public SearchView(SearchViewModel model, Messages messages) {
    this.model = model;
    this.messages = messages;
    setId("search");
    field.setId("searchField");
    field.setPromptText(messages.get("search.prompt"));
    field.setAccessibleText(messages.get("search.label"));
    field.setPrefColumnCount(16);
    field.textProperty().addListener((obs, old, text) -> model.type(text));
    field.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    field
        .focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (focused) {
                showPanel();
              } else {
                hidePanel();
              }
            });
    getChildren().add(field);

    panel.setId("searchPanel");
    panel.getStyleClass().add(Styles.SEARCH_PANEL);
    panel.setPrefWidth(640);
    notice.setId("searchNotice");
    noticeText.getStyleClass().add(Styles.SEARCH_NOTICE_TEXT);
    asTyped.setId("searchAsTyped");
    asTyped.setOnAction(e -> model.searchAsTyped());
    card.setId("glossaryCard");
    card.getStyleClass().add(Styles.GLOSSARY_CARD);
    term.getStyleClass().add(Styles.SEARCH_GLOSSARY_TERM);
    definition.getStyleClass().add(Styles.SEARCH_GLOSSARY_DEFINITION);
    definition.setWrapText(true);
    definition.setMaxWidth(600);
    list.setId("searchResults");
    list.getStyleClass().add(Styles.SEARCH_RESULTS);
    list.setAccessibleText(messages.get("search.results"));
    list.setPrefHeight(440);
    list.setCellFactory(view -> new HitCell());
    list.setOnMouseClicked(
        e -> {
          SearchHit hit = list.getSelectionModel().getSelectedItem();
          if (hit != null) {
            open(hit);
          }
        });
    list.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            open(list.getSelectionModel().getSelectedItem());
          }
        });
    topics.setId("suggestedTopics");
    panel.setVisible(false);
    panel.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    // The field keeps the keyboard while the reader clicks in the panel.
    list.setFocusTraversable(false);
    asTyped.setFocusTraversable(false);
    model.resultsProperty().addListener((obs, old, results) -> show(results));
    model.noticeProperty().addListener((obs, old, text) -> showNotice());
    model.asTypedLinkProperty().addListener((obs, old, text) -> showNotice());
    show(model.resultsProperty().get());
  }

  /** The text field, for focusing it from outside. */
  /** Empties the field and forgets its results: for kiosks, between readers. */
  public void reset() {
    field.clear();
    model.reset();
    hidePanel();
  }

  public TextField field() {
    return field;
  }

  /**
   * The results panel, to be laid over the window's content just below the toolbar; it shows itself
   * while the field has results and the keyboard.
   */
  public Region resultsPanel() {
    return panel;
  }

  /**
   * Makes "/" move to the search field anywhere in {@code scene} when the reader is not typing;
   * Ctrl+F (Cmd+F on a Mac) is one of the shell's shortcuts and calls {@link #focusField()}.
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

  private void keyPressed(KeyEvent e) {
    switch (e.getCode()) {
      case DOWN -> {
        move(1);
        e.consume();
      }
      case UP -> {
        move(-1);
        e.consume();
      }
      case ENTER -> {
        SearchHit selected = list.getSelectionModel().getSelectedItem();
        if (selected != null && panel.isVisible()) {
          open(selected);
        } else {
          model.openBest();
          hidePanel();
        }
        e.consume();
      }
      case ESCAPE -> {
        if (panel.isVisible()) {
          hidePanel();
        } else {
          field.clear();
        }
        e.consume();
      }
      default -> {}
    }
  }

  private void move(int step) {
    if (list.getItems().isEmpty()) {
      return;
    }
    showPanel();
    int at = list.getSelectionModel().getSelectedIndex() + step;
    at = Math.max(0, Math.min(list.getItems().size() - 1, at));
    list.getSelectionModel().select(at);
    // scrollTo puts the row at the top; two rows above it keep the reader's place in view.
    list.scrollTo(Math.max(0, at - 2));
  }

  private void open(SearchHit hit) {
    if (hit != null) {
      model.open(hit);
      hidePanel();
    }
  }

  private void show(SearchResults results) {
    if (results == null || results.isBlank()) {
      list.getItems().clear();
      hidePanel();
      return;
    }
    GlossaryTerm entry = results.definition();
    card.setVisible(entry != null);
    card.setManaged(entry != null);
    if (entry != null) {
      term.setText(entry.term());
      definition.setText(entry.definition());
      card.setAccessibleText(entry.term() + ": " + entry.definition());
    }
    list.getItems().setAll(results.hits());
    list.setVisible(!results.hits().isEmpty());
    list.setManaged(!results.hits().isEmpty());
    if (!results.hits().isEmpty()) {
      list.getSelectionModel().select(0);
      list.scrollTo(0);
    }
    topics.getChildren().clear();
    for (TopicSuggestion topic : results.suggestions()) {
      Hyperlink link = new Hyperlink(topic.title());
      link.setFocusTraversable(false);
      link.setOnAction(
          e -> {
            model.openTopic(topic);
            hidePanel();
          });
      topics.getChildren().add(link);
    }
    topics.setVisible(!topics.getChildren().isEmpty());
    topics.setManaged(!topics.getChildren().isEmpty());
    showNotice();
    showPanel();
  }

  private void showNotice() {
    String text = model.noticeProperty().get();
    String link = model.asTypedLinkProperty().get();
    noticeText.setText(text == null ? "" : text + (link == null ? "" : " "));
    asTyped.setText(link == null ? "" : link);
    asTyped.setVisible(link != null);
    asTyped.setManaged(link != null);
    notice.setVisible(text != null);
    notice.setManaged(text != null);
  }

  private void showPanel() {
    SearchResults results = model.resultsProperty().get();
    if (results != null && !results.isBlank() && field.isFocused()) {
      panel.setVisible(true);
    }
  }

  private void hidePanel() {
    panel.setVisible(false);
  }

  /** Text with its marked parts in a style of their own. */
  static TextFlow marked(MarkedText text, String style) {
    TextFlow flow = new TextFlow();
    flow.getStyleClass().add(style);
    for (MarkedText.Piece piece : text.pieces()) {
      flow.getChildren().add(piece(piece.text(), piece.marked()));
    }
    return flow;
  }

  private static Text piece(String words, boolean match) {
    Text text = new Text(words);
    text.getStyleClass().add(match ? Styles.SEARCH_MATCH : Styles.SEARCH_TEXT);
    return text;
  }

  /** One result: its title, its place in the topic tree and a snippet, wrapped to the list. */
  private final class HitCell extends ListCell<SearchHit> {
    @Override
    protected void updateItem(SearchHit hit, boolean empty) {
      super.updateItem(hit, empty);
      setText(null);
      if (empty || hit == null) {
        setGraphic(null);
        setAccessibleText(null);
        return;
      }
      TextFlow title = marked(hit.title(), Styles.SEARCH_HIT_TITLE);
      Label path = new Label(hit.topicPath());
      path.getStyleClass().add(Styles.SEARCH_HIT_TOPIC);
      TextFlow snippet = marked(hit.snippet(), Styles.SEARCH_HIT_SNIPPET);
      VBox box = new VBox(title, path);
      if (hit.answers() != null) {
        Label answers = new Label(messages.get("search.answers", hit.answers()));
        answers.getStyleClass().add(Styles.SEARCH_HIT_ANSWERS);
        answers.setWrapText(true);
        box.getChildren().add(answers);
      }
      box.getChildren().add(snippet);
      box.getStyleClass().add(Styles.SEARCH_HIT);
      double width = Math.max(200, list.getWidth() - 40);
      title.setPrefWidth(width);
      title.setMaxWidth(width);
      snippet.setPrefWidth(width);
      snippet.setMaxWidth(width);
      setGraphic(box);
      setAccessibleText(
          hit.title().text()
              + ". "
              + hit.topicPath()
              + ". "
              + (hit.answers() == null ? "" : "Answers: " + hit.answers() + " ")
              + hit.snippet().text());
    }
  }
}
