package org.careshelf.ui.article;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.careshelf.search.MarkedText;
import org.careshelf.search.Span;
import org.careshelf.search.WordMatcher;
import org.careshelf.ui.Styles;

/** Marks the words a search found in a shown article, splitting its text runs around them. */
final class SearchHighlighter {

  /** The style of a word found by the search. */
  static final String STYLE = Styles.SEARCH_HIT_WORD;

  private SearchHighlighter() {}

  /** Marks every word {@code matcher} finds under {@code root}; returns the first, or null. */
  static Text mark(Parent root, WordMatcher matcher) {
    if (matcher.isEmpty()) {
      return null;
    }
    List<Text> marked = new ArrayList<>();
    walk(root, matcher, marked);
    return marked.isEmpty() ? null : marked.get(0);
  }

  private static void walk(Parent parent, WordMatcher matcher, List<Text> marked) {
    if (parent instanceof TextFlow flow) {
      List<Node> children = new ArrayList<>(flow.getChildren());
      List<Node> replaced = new ArrayList<>();
      boolean changed = false;
      for (Node child : children) {
        if (child instanceof Text text && !text.getStyleClass().contains(STYLE)) {
          List<Node> pieces = split(text, matcher, marked);
          changed |= pieces.size() > 1 || pieces.get(0) != text;
          replaced.addAll(pieces);
        } else {
          replaced.add(child);
          if (child instanceof Parent inner) {
            walk(inner, matcher, marked);
          }
        }
      }
      if (changed) {
        flow.getChildren().setAll(replaced);
      }
      return;
    }
    for (Node child : parent.getChildrenUnmodifiable()) {
      if (child instanceof Parent inner) {
        walk(inner, matcher, marked);
      }
    }
  }

  private static List<Node> split(Text text, WordMatcher matcher, List<Text> marked) {
    String words = text.getText();
    List<Span> found = matcher.find(words);
    if (found.isEmpty()) {
      return List.of(text);
    }
    List<Node> pieces = new ArrayList<>();
    for (MarkedText.Piece piece : new MarkedText(words, found).pieces()) {
      Text copy = copy(text, piece.text(), piece.marked());
      if (piece.marked()) {
        marked.add(copy);
      }
      pieces.add(copy);
    }
    return pieces;
  }

  private static Text copy(Text original, String words, boolean hit) {
    Text text = new Text(words);
    text.getStyleClass().setAll(original.getStyleClass());
    if (hit) {
      text.getStyleClass().add(STYLE);
    }
    return text;
  }
}
