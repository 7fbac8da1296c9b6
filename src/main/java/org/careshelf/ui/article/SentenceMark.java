package org.careshelf.ui.article;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.careshelf.speech.Script;
import org.careshelf.ui.Styles;

/**
 * Marks the sentence being read aloud: a shape behind its words, drawn from the text flow's own
 * layout of the range, so it follows line breaks and any text size.
 *
 * <p>A flow's layout counts a glossary word (a link inside the flow) as one character, while the
 * passage's text holds its words; offsets are converted child by child.
 */
final class SentenceMark {

  private final Path shape = new Path();
  private TextFlow flow;
  private Script.Line line;
  // A new width or text size lays the words out anew: the mark is drawn again to follow them.
  private final javafx.beans.InvalidationListener relayout =
      obs -> {
        if (flow != null) {
          shape.getElements().setAll(range(flow, line.start(), line.end()));
        }
      };

  SentenceMark() {
    shape.getStyleClass().add(Styles.SPOKEN_SENTENCE);
    // Unmanaged: the flow lays out its managed children only, so the words do not move.
    shape.setManaged(false);
    shape.setMouseTransparent(true);
  }

  /** Marks {@code line} in {@code flow}, the passage it is shown in; returns the shape. */
  Node show(TextFlow flow, Script.Line line) {
    clear();
    this.flow = flow;
    this.line = line;
    shape.getElements().setAll(range(flow, line.start(), line.end()));
    // Before every word, so it is drawn behind them.
    flow.getChildren().add(0, shape);
    flow.layoutBoundsProperty().addListener(relayout);
    return shape;
  }

  /** Removes the mark. */
  void clear() {
    if (flow != null) {
      flow.layoutBoundsProperty().removeListener(relayout);
      flow.getChildren().remove(shape);
      flow = null;
    }
    shape.getElements().clear();
  }

  /** The bounds of {@code line}'s words in {@code flow}'s own coordinates. */
  Bounds bounds(TextFlow flow, Script.Line line) {
    Path probe = new Path(range(flow, line.start(), line.end()));
    return probe.getBoundsInLocal();
  }

  /**
   * The first line of {@code script} whose words start at or below {@code top} of {@code page},
   * where {@code readable} holds each passage's flow; the title when none does.
   */
  int firstFrom(Region page, List<TextFlow> readable, Script script, double top) {
    List<Script.Line> lines = script.lines();
    for (int i = 0; i < lines.size(); i++) {
      Script.Line line = lines.get(i);
      if (line.passage() < readable.size()) {
        TextFlow flow = readable.get(line.passage());
        double y = page.sceneToLocal(flow.localToScene(bounds(flow, line))).getMinY();
        if (y >= top) {
          return i;
        }
      }
    }
    return 0;
  }

  /** Every text flow under {@code parent}, depth first: the renderer's blocks in their order. */
  static void collectFlows(Parent parent, List<TextFlow> flows) {
    for (Node child : parent.getChildrenUnmodifiable()) {
      if (child instanceof TextFlow flow) {
        flows.add(flow);
      } else if (child instanceof Parent inner) {
        collectFlows(inner, flows);
      }
    }
  }

  private PathElement[] range(TextFlow flow, int start, int end) {
    return flow.rangeShape(layoutOffset(flow, start, false), layoutOffset(flow, end, true));
  }

  /**
   * Where the character {@code offset} of the flow's words is in its layout; {@code end}: an offset
   * that ends inside a link covers all of it.
   */
  private int layoutOffset(TextFlow flow, int offset, boolean end) {
    int words = 0;
    int layout = 0;
    List<Node> children = flow.getChildren();
    for (Node child : children) {
      if (child == shape || !child.isManaged()) {
        continue;
      }
      if (child instanceof Text text) {
        int length = text.getText().length();
        if (offset <= words + length) {
          return layout + (offset - words);
        }
        words += length;
        layout += length;
      } else {
        int length = child instanceof Labeled labeled ? labeled.getText().length() : 0;
        if (offset < words + length || (offset == words + length && end && length > 0)) {
          return end ? layout + 1 : layout;
        }
        words += length;
        layout += 1;
      }
    }
    return layout;
  }
}
