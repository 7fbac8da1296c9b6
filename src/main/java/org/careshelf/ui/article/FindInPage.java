package org.careshelf.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.careshelf.ui.Styles;

/**
 * Marks every place a piece of text occurs in a shown article, as a browser's "find in page" does,
 * and takes the marks away again, joining the text runs it split.
 */
final class FindInPage {

  /** The style of each place found. */
  static final String STYLE = Styles.FIND_MATCH;

  /** The style of the place found that the reader is at. */
  static final String CURRENT = Styles.FIND_CURRENT;

  private FindInPage() {}

  /**
   * Marks each place {@code needle} occurs under {@code root}, ignoring case, and returns them top
   * to bottom; a blank needle marks nothing.
   */
  static List<Text> mark(Parent root, String needle) {
    List<Text> found = new ArrayList<>();
    if (!needle.isBlank()) {
      walk(root, needle.toLowerCase(Locale.ROOT), found);
    }
    return found;
  }

  /** Takes every mark away under {@code root}, leaving the text as it was before. */
  static void clear(Parent root) {
    if (root instanceof TextFlow flow) {
      List<Node> joined = new ArrayList<>();
      boolean changed = false;
      for (Node child : flow.getChildren()) {
        if (child instanceof Text text
            && (text.getStyleClass().contains(STYLE) || text.getStyleClass().contains(CURRENT))) {
          text.getStyleClass().removeAll(STYLE, CURRENT);
          changed = true;
        }
        if (child instanceof Parent inner) {
          clear(inner);
        }
        Node last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
        if (last instanceof Text before
            && child instanceof Text text
            && before.getStyleClass().equals(text.getStyleClass())
            && before.getUserData() == FindInPage.class
            && text.getUserData() == FindInPage.class) {
          before.setText(before.getText() + text.getText());
          changed = true;
        } else {
          joined.add(child);
        }
      }
      if (changed) {
        flow.getChildren().setAll(joined);
      }
      return;
    }
    for (Node child : root.getChildrenUnmodifiable()) {
      if (child instanceof Parent inner) {
        clear(inner);
      }
    }
  }

  private static void walk(Parent parent, String needle, List<Text> found) {
    if (parent instanceof TextFlow flow) {
      List<Node> replaced = new ArrayList<>();
      boolean changed = false;
      for (Node child : flow.getChildren()) {
        if (child instanceof Text text) {
          List<Text> pieces = split(text, needle, found);
          // A run that is all one match is a new piece too, and must take the old one's place.
          changed |= pieces.size() > 1 || pieces.get(0) != text;
          replaced.addAll(pieces);
        } else {
          replaced.add(child);
          if (child instanceof Parent inner) {
            walk(inner, needle, found);
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
        walk(inner, needle, found);
      }
    }
  }

  private static List<Text> split(Text text, String needle, List<Text> found) {
    String words = text.getText();
    String lower = words.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(needle);
    if (at < 0 || lower.length() != words.length()) {
      return List.of(text);
    }
    List<Text> pieces = new ArrayList<>();
    int from = 0;
    while (at >= 0) {
      if (at > from) {
        pieces.add(copy(text, words.substring(from, at), false));
      }
      Text hit = copy(text, words.substring(at, at + needle.length()), true);
      found.add(hit);
      pieces.add(hit);
      from = at + needle.length();
      at = lower.indexOf(needle, from);
    }
    if (from < words.length()) {
      pieces.add(copy(text, words.substring(from), false));
    }
    return pieces;
  }

  // Pieces are marked as this class's, so clearing joins only what it split.
  private static Text copy(Text original, String words, boolean hit) {
    Text text = new Text(words);
    text.getStyleClass().setAll(original.getStyleClass());
    text.setUserData(FindInPage.class);
    if (hit) {
      text.getStyleClass().add(STYLE);
    }
    return text;
  }
}
