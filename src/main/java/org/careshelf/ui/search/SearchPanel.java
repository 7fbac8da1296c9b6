package org.careshelf.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
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

/**
 * The search results, laid over the window: a notice (with its "search as typed" link), the
 * glossary card, each article found and the topics to start from. Every one of them takes the
 * keyboard in turn, so a screen reader reads each as the reader arrows to it, and every line wraps
 * to the panel's width, which follows the window and the text size.
 */
final class SearchPanel extends ScrollPane {

  private final Messages messages;
  private final Text noticeText = new Text();
  private final Hyperlink asTyped = new Hyperlink();
  private final TextFlow notice = new TextFlow(noticeText);
  private final VBox noticeBox = new VBox(notice, asTyped);
  private final Label term = new Label();
  private final Label definition = new Label();
  private final VBox card = new VBox(term, definition);
  private final VBox hits = new VBox();
  private final VBox topics = new VBox();
  private final VBox column = new VBox(noticeBox, card, hits, topics);
  private final List<SearchHit> shown = new ArrayList<>();

  SearchPanel(Messages messages, Runnable searchAsTyped) {
    this.messages = messages;
    setId("searchPanel");
    getStyleClass().add(Styles.SEARCH_PANEL);
    setFitToWidth(true);
    setHbarPolicy(ScrollBarPolicy.NEVER);
    setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
    setFocusTraversable(false);
    setContent(column);
    column.getStyleClass().add(Styles.SEARCH_COLUMN);
    notice.setId("searchNotice");
    noticeBox.setFocusTraversable(true);
    noticeBox.getStyleClass().add(Styles.SEARCH_NOTICE);
    noticeBox.setAccessibleRole(AccessibleRole.TEXT);
    noticeText.getStyleClass().add(Styles.SEARCH_NOTICE_TEXT);
    asTyped.setId("searchAsTyped");
    asTyped.setWrapText(true);
    asTyped.setOnAction(e -> searchAsTyped.run());
    card.setId("glossaryCard");
    card.getStyleClass().add(Styles.GLOSSARY_CARD);
    card.setFocusTraversable(true);
    card.setAccessibleRole(AccessibleRole.TEXT);
    term.getStyleClass().add(Styles.SEARCH_GLOSSARY_TERM);
    term.setWrapText(true);
    definition.getStyleClass().add(Styles.SEARCH_GLOSSARY_DEFINITION);
    definition.setWrapText(true);
    hits.setId("searchResults");
    hits.getStyleClass().add(Styles.SEARCH_RESULTS);
    hits.setAccessibleText(messages.get("search.results"));
    topics.setId("suggestedTopics");
    setVisible(false);
  }

  /** Shows {@code results}: {@code open} opens a hit, {@code openTopic} a suggested topic. */
  void show(SearchResults results, Consumer<SearchHit> open, Consumer<TopicSuggestion> openTopic) {
    GlossaryTerm entry = results.definition();
    showIf(card, entry != null);
    if (entry != null) {
      term.setText(entry.term());
      definition.setText(entry.definition());
      card.setAccessibleText(
          messages.get("search.glossaryEntry", entry.term(), entry.definition()));
    }
    shown.clear();
    shown.addAll(results.hits());
    hits.getChildren().clear();
    for (SearchHit hit : results.hits()) {
      hits.getChildren().add(hit(hit, open));
    }
    showIf(hits, !results.hits().isEmpty());
    topics.getChildren().clear();
    for (TopicSuggestion topic : results.suggestions()) {
      Hyperlink link = new Hyperlink(topic.title());
      link.setWrapText(true);
      link.setOnAction(e -> openTopic.accept(topic));
      topics.getChildren().add(link);
    }
    showIf(topics, !topics.getChildren().isEmpty());
    setVvalue(0);
  }

  /** Shows the sentence about the results and the words of the link to search as typed. */
  void showNotice(String text, String link) {
    noticeText.setText(text == null ? "" : text);
    asTyped.setText(link == null ? "" : link);
    showIf(asTyped, link != null);
    showIf(noticeBox, text != null);
    noticeBox.setFocusTraversable(link == null);
    noticeBox.setAccessibleText(text);
    asTyped.setAccessibleText(link == null ? null : text + " " + link);
  }

  /** The hits shown, best first. */
  List<SearchHit> hits() {
    return List.copyOf(shown);
  }

  /** What can take the keyboard, top to bottom: what the arrow keys move through. */
  List<Node> stops() {
    List<Node> stops = new ArrayList<>();
    if (noticeBox.isManaged()) {
      stops.add(asTyped.isManaged() ? asTyped : noticeBox);
    }
    if (card.isManaged()) {
      stops.add(card);
    }
    stops.addAll(hits.getChildren());
    stops.addAll(topics.getChildren());
    return stops;
  }

  /** True when {@code node} is in this panel. */
  boolean holds(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == this) {
        return true;
      }
    }
    return false;
  }

  private Node hit(SearchHit hit, Consumer<SearchHit> open) {
    TextFlow title = marked(hit.title(), Styles.SEARCH_HIT_TITLE);
    Label path = new Label(hit.topicPath());
    path.setWrapText(true);
    path.getStyleClass().add(Styles.SEARCH_HIT_TOPIC);
    VBox box = new VBox(title, path);
    if (hit.answers() != null) {
      Label answers = new Label(messages.get("search.answers", hit.answers()));
      answers.getStyleClass().add(Styles.SEARCH_HIT_ANSWERS);
      answers.setWrapText(true);
      box.getChildren().add(answers);
    }
    box.getChildren().add(marked(hit.snippet(), Styles.SEARCH_HIT_SNIPPET));
    box.getStyleClass().add(Styles.SEARCH_HIT);
    box.setFocusTraversable(true);
    box.setAccessibleRole(AccessibleRole.BUTTON);
    box.setAccessibleText(
        hit.title().text()
            + ". "
            + hit.topicPath()
            + ". "
            + (hit.answers() == null ? "" : messages.get("search.answers", hit.answers()) + " ")
            + hit.snippet().text());
    box.setMinHeight(Region.USE_PREF_SIZE);
    box.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> open.accept(hit));
    box.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
            open.accept(hit);
            e.consume();
          }
        });
    return box;
  }

  private static void showIf(Node node, boolean shown) {
    node.setVisible(shown);
    node.setManaged(shown);
  }

  /** Text with its marked parts in a style of their own. */
  static TextFlow marked(MarkedText text, String style) {
    TextFlow flow = new TextFlow();
    flow.getStyleClass().add(style);
    for (MarkedText.Piece piece : text.pieces()) {
      Text words = new Text(piece.text());
      words.getStyleClass().add(piece.marked() ? Styles.SEARCH_MATCH : Styles.SEARCH_TEXT);
      flow.getChildren().add(words);
    }
    return flow;
  }
}
