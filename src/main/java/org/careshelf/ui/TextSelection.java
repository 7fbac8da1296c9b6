package org.careshelf.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Selecting text in a page with the mouse, across paragraphs, and copying it with Ctrl+C (Ctrl+A
 * selects the whole page), as in a browser: a reader copies a sentence into a message to their
 * nurse. The selection is drawn behind the words, in each paragraph it covers.
 */
public final class TextSelection {

  private final Region page;
  private final java.util.function.BooleanSupplier enabled;
  private final List<Path> drawn = new ArrayList<>();
  private Point start;
  private Point end;

  /** A place in the page's text: a paragraph and a character in its layout. */
  public record Point(TextFlow flow, int index) {}

  private TextSelection(Region page, java.util.function.BooleanSupplier enabled) {
    this.page = page;
    this.enabled = enabled;
  }

  /**
   * Lets the reader select and copy the text of {@code page}, whose keys {@code keys} hears, while
   * {@code enabled} says so (not where a drag pans the page, as on a kiosk's touch screen).
   */
  public static TextSelection install(
      Region page, Node keys, java.util.function.BooleanSupplier enabled) {
    TextSelection selection = new TextSelection(page, enabled);
    page.addEventFilter(MouseEvent.MOUSE_PRESSED, selection::pressed);
    page.addEventFilter(MouseEvent.MOUSE_DRAGGED, selection::dragged);
    keys.addEventFilter(KeyEvent.KEY_PRESSED, selection::key);
    return selection;
  }

  /** The words selected, paragraphs on lines of their own; empty when nothing is. */
  public String text() {
    if (start == null || end == null) {
      return "";
    }
    List<TextFlow> flows = flows();
    Point[] ends = ordered(flows);
    StringBuilder out = new StringBuilder();
    for (int i = flows.indexOf(ends[0].flow()); i <= flows.indexOf(ends[1].flow()); i++) {
      TextFlow flow = flows.get(i);
      int from = flow == ends[0].flow() ? ends[0].index() : 0;
      int to = flow == ends[1].flow() ? ends[1].index() : Integer.MAX_VALUE;
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(words(flow, from, to));
    }
    return out.toString().strip();
  }

  /** Where the selection starts, top first, when something is selected. */
  public java.util.Optional<Point> start() {
    if (start == null || end == null || text().isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(ordered(flows())[0]);
  }

  /** Selects every word of the page. */
  public void selectAll() {
    List<TextFlow> flows = flows();
    if (!flows.isEmpty()) {
      start = new Point(flows.get(0), 0);
      TextFlow last = flows.get(flows.size() - 1);
      end = new Point(last, length(last));
      draw();
    }
  }

  /** Forgets the selection: the page shows something new. */
  public void clear() {
    start = null;
    end = null;
    draw();
  }

  private void pressed(MouseEvent e) {
    if (e.getButton() != MouseButton.PRIMARY || pressable(e) || !enabled.getAsBoolean()) {
      return;
    }
    start = pointAt(e);
    end = start;
    draw();
  }

  private void dragged(MouseEvent e) {
    if (start == null || !e.isPrimaryButtonDown()) {
      return;
    }
    Point at = pointAt(e);
    if (at != null) {
      end = at;
      draw();
    }
  }

  private void key(KeyEvent e) {
    if (!e.isShortcutDown() || !enabled.getAsBoolean()) {
      return;
    }
    if (e.getCode() == KeyCode.C && !text().isEmpty()) {
      ClipboardContent content = new ClipboardContent();
      content.putString(text());
      Clipboard.getSystemClipboard().setContent(content);
      e.consume();
    } else if (e.getCode() == KeyCode.A
        && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
      selectAll();
      e.consume();
    }
  }

  private static boolean pressable(MouseEvent e) {
    for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
      if (n instanceof ButtonBase) {
        return true;
      }
    }
    return false;
  }

  private Point pointAt(MouseEvent e) {
    for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
      if (n instanceof TextFlow flow && holds(flow)) {
        Point2D local = flow.sceneToLocal(e.getSceneX(), e.getSceneY());
        HitInfo hit = flow.hitTest(local);
        return new Point(flow, Math.min(length(flow), hit.getInsertionIndex()));
      }
    }
    return null;
  }

  private boolean holds(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == page) {
        return true;
      }
    }
    return false;
  }

  private Point[] ordered(List<TextFlow> flows) {
    int a = flows.indexOf(start.flow());
    int b = flows.indexOf(end.flow());
    boolean forward = a < b || (a == b && start.index() <= end.index());
    return forward ? new Point[] {start, end} : new Point[] {end, start};
  }

  private void draw() {
    for (Path path : drawn) {
      if (path.getParent() instanceof TextFlow flow) {
        flow.getChildren().remove(path);
      }
    }
    drawn.clear();
    if (start == null || end == null) {
      return;
    }
    List<TextFlow> flows = flows();
    if (!flows.contains(start.flow()) || !flows.contains(end.flow())) {
      start = null;
      end = null;
      return;
    }
    Point[] ends = ordered(flows);
    for (int i = flows.indexOf(ends[0].flow()); i <= flows.indexOf(ends[1].flow()); i++) {
      TextFlow flow = flows.get(i);
      int from = flow == ends[0].flow() ? ends[0].index() : 0;
      int to = flow == ends[1].flow() ? ends[1].index() : length(flow);
      if (to <= from) {
        continue;
      }
      Path path = new Path(flow.rangeShape(from, to));
      path.getStyleClass().add(Styles.TEXT_SELECTION);
      // Unmanaged and first, so it is drawn behind the words and takes no part in their layout.
      path.setManaged(false);
      path.setMouseTransparent(true);
      flow.getChildren().add(0, path);
      drawn.add(path);
    }
  }

  private List<TextFlow> flows() {
    List<TextFlow> flows = new ArrayList<>();
    collect(page, flows);
    return flows;
  }

  private static void collect(Parent parent, List<TextFlow> flows) {
    for (Node child : parent.getChildrenUnmodifiable()) {
      if (!child.isVisible()) {
        continue;
      }
      if (child instanceof TextFlow flow) {
        flows.add(flow);
      } else if (child instanceof Parent inner) {
        collect(inner, flows);
      }
    }
  }

  /** How many characters a paragraph's layout holds: a word in a link counts as one. */
  private static int length(TextFlow flow) {
    int length = 0;
    for (Node child : flow.getChildren()) {
      if (child.isManaged()) {
        length += child instanceof Text text ? text.getText().length() : 1;
      }
    }
    return length;
  }

  /** The words between two places of a paragraph's layout, a link's words taken whole. */
  private static String words(TextFlow flow, int from, int to) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Node child : flow.getChildren()) {
      if (!child.isManaged()) {
        continue;
      }
      if (child instanceof Text text) {
        String words = text.getText();
        int a = Math.max(from, at);
        int b = Math.min(to, at + words.length());
        if (a < b) {
          out.append(words, a - at, b - at);
        }
        at += words.length();
      } else {
        if (at >= from && at < to && child instanceof javafx.scene.control.Labeled link) {
          out.append(link.getText());
        }
        at += 1;
      }
    }
    return out.toString();
  }
}
