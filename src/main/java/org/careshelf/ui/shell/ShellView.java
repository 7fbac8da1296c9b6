package org.careshelf.ui.shell;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.careshelf.ui.Messages;
import org.careshelf.ui.Notice;
import org.careshelf.ui.Styles;
import org.careshelf.ui.theme.AppearanceViewModel;
import org.careshelf.ui.theme.Theme;

/**
 * The main window's frame: the toolbar, notices, the topic tree on the left and the current page
 * with its breadcrumbs in the centre; registers every keyboard shortcut.
 */
public final class ShellView extends BorderPane {

  /** What the toolbar and shortcuts do beyond navigating and changing the appearance. */
  public record Actions(
      Runnable toggleBookmark,
      Runnable showBookmarks,
      Runnable showGlossary,
      Runnable showHelp,
      Runnable focusSearch,
      Runnable findInPage,
      Runnable toggleFullScreen,
      Runnable quit) {}

  /**
   * Sizes the search results panel for the room below the toolbar: given that room's width and
   * height and the text's size in pixels, sizes it and says how far from the left it starts.
   */
  public interface PanelFit {
    double fit(double width, double height, double fontPx);
  }

  /** The width the page needs beside the tree, in em; narrower, the tree is put away. */
  static final double PAGE_EM = 36;

  /** The tree's width, in em of its own text: room for its longest words, three levels deep. */
  static final double TREE_EM = 19;

  /**
   * The largest text size of the tree, in percent: it is the way round the library, like the
   * toolbar, and larger its longest words would not fit beside a page.
   */
  static final int TREE_LARGEST = 175;

  private final Messages messages;
  private final NavigationViewModel navigation;
  private final AppearanceViewModel appearance;
  private final Map<Shortcut, Runnable> handlers = new EnumMap<>(Shortcut.class);
  private final StackPane page = new StackPane();
  private final CrumbTrail crumbs;
  private final VBox notices = new VBox();
  private final Toolbar toolbar;
  private final SplitPane split = new SplitPane();
  private final HBox crumbRow = new HBox();
  private final Node topics;
  private final VBox abovePage = new VBox();
  private boolean focusPageNext;
  private boolean treeChosen;

  public ShellView(
      Messages messages,
      NavigationViewModel navigation,
      AppearanceViewModel appearance,
      Node topics,
      ObservableBooleanValue articleShown,
      ObservableBooleanValue bookmarked,
      Actions actions) {
    this.messages = messages;
    this.navigation = navigation;
    this.appearance = appearance;
    this.topics = topics;
    setId("shell");
    toolbar = new Toolbar(messages, navigation, appearance, articleShown, bookmarked, actions);
    toolbar.topicsToggle.selectedProperty().addListener((obs, was, shown) -> showTopics(shown));
    // A press of the Topics button is the reader's choice; the window's width no longer decides.
    toolbar.topicsToggle.setOnAction(e -> treeChosen = true);
    notices.setId("notices");
    setTop(new VBox(toolbar, notices));

    crumbs = new CrumbTrail(messages, navigation::go);
    crumbRow.getChildren().add(crumbs);
    crumbRow.getStyleClass().add(Styles.BREADCRUMBS);
    HBox.setHgrow(crumbs, Priority.ALWAYS);
    BorderPane reading = new BorderPane(page);
    abovePage.getChildren().add(crumbRow);
    reading.setTop(abovePage);
    // Small, the page still gets the room: its words wrap, it is never cut off.
    reading.setMinWidth(0);
    page.setMinWidth(0);
    split.getItems().setAll(topics, reading);
    split.setOrientation(Orientation.HORIZONTAL);
    SplitPane.setResizableWithParent(topics, false);
    setCenter(split);

    handlers.put(Shortcut.BACK, navigation::back);
    handlers.put(Shortcut.FORWARD, navigation::forward);
    handlers.put(Shortcut.HOME, navigation::home);
    handlers.put(Shortcut.BOOKMARK, actions.toggleBookmark());
    handlers.put(Shortcut.BOOKMARKS, actions.showBookmarks());
    handlers.put(Shortcut.GLOSSARY, actions.showGlossary());
    handlers.put(Shortcut.LARGER, appearance::enlarge);
    handlers.put(Shortcut.SMALLER, appearance::shrink);
    handlers.put(Shortcut.NORMAL_SIZE, appearance::resetTextSize);
    handlers.put(Shortcut.HELP, actions.showHelp());
    handlers.put(Shortcut.SEARCH, actions.focusSearch());
    handlers.put(Shortcut.FIND, actions.findInPage());
    handlers.put(Shortcut.NEXT_PART, this::focusNextPart);
    handlers.put(Shortcut.FULL_SCREEN, actions.toggleFullScreen());
    handlers.put(Shortcut.QUIT, actions.quit());
    sceneProperty().addListener((obs, old, scene) -> register(scene));
    appearance
        .textSizeProperty()
        .addListener(
            (obs, old, percent) -> {
              treeChosen = false;
              fitTopicsToWidth();
              abovePage.setStyle(toolbar.sizeText());
            });
    abovePage.setStyle(toolbar.sizeText());
    // The split's own width: set against the window's before the split is laid out, the tree
    // would keep a width of nothing.
    split.widthProperty().addListener((obs, old, width) -> fitTopicsToWidth());
  }

  private void showTopics(boolean shown) {
    if (shown && !split.getItems().contains(topics)) {
      split.getItems().add(0, topics);
    } else if (!shown) {
      split.getItems().remove(topics);
    }
    placeDivider();
  }

  /** Gives the tree its width in em, so its words never break, and the page the rest. */
  private void placeDivider() {
    // After the layout pass: a divider set while the split lays itself out is put back to
    // where the tree's old width (none, at first) puts it.
    javafx.application.Platform.runLater(
        () -> {
          if (split.getItems().contains(topics) && split.getWidth() > 0) {
            split.setDividerPositions(Math.min(0.45, TREE_EM * treeEm() / split.getWidth()));
          }
        });
  }

  private double treeEm() {
    return Theme.BASE_FONT_PX * Math.min(TREE_LARGEST, appearance.textSizeProperty().get()) / 100.0;
  }

  private double em() {
    return Theme.BASE_FONT_PX * appearance.textSizeProperty().get() / 100.0;
  }

  /**
   * Shows the topic tree when the window is wide enough for it beside the page at the current text
   * size, hides it otherwise; once the reader has pressed Topics, that choice stands until the text
   * size changes.
   */
  public void fitTopicsToWidth() {
    if (getWidth() <= 0) {
      return;
    }
    topics.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", treeEm()));
    boolean room = getWidth() >= TREE_EM * treeEm() + PAGE_EM * em();
    if (!treeChosen) {
      toolbar.topicsToggle.setSelected(room);
    }
    placeDivider();
  }

  private void register(Scene scene) {
    if (scene == null) {
      return;
    }
    handlers.forEach(
        (shortcut, handler) ->
            shortcut.keys().forEach(key -> scene.getAccelerators().put(key, handler)));
    scene.addEventFilter(
        MouseEvent.MOUSE_PRESSED,
        e -> {
          if (e.getButton() == MouseButton.BACK) {
            navigation.back();
            e.consume();
          } else if (e.getButton() == MouseButton.FORWARD) {
            navigation.forward();
            e.consume();
          }
        });
    // Ctrl and the mouse wheel change the text size, as in every browser.
    scene.addEventFilter(
        ScrollEvent.SCROLL,
        e -> {
          if (e.isShortcutDown() && e.getDeltaY() != 0 && handlers.containsKey(Shortcut.LARGER)) {
            if (e.getDeltaY() > 0) {
              appearance.enlarge();
            } else {
              appearance.shrink();
            }
            e.consume();
          }
        });
  }

  /** F6: the keyboard moves from the toolbar to the tree to the page, and round again. */
  private void focusNextPart() {
    Node owner = getScene() == null ? null : getScene().getFocusOwner();
    List<Node> parts = new ArrayList<>();
    parts.add(toolbar);
    if (split.getItems().contains(topics)) {
      parts.add(topics);
    }
    parts.add(page);
    int at = -1;
    for (int i = 0; i < parts.size(); i++) {
      if (holds(parts.get(i), owner)) {
        at = i;
      }
    }
    Node next = parts.get((at + 1) % parts.size());
    if (next == toolbar) {
      toolbar.getChildren().get(0).lookup(".toggle-button").requestFocus();
    } else if (next == page && !page.getChildren().isEmpty()) {
      page.getChildren().get(0).requestFocus();
    } else {
      next.requestFocus();
    }
  }

  private static boolean holds(Node part, Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == part) {
        return true;
      }
    }
    return false;
  }

  /** Closes every notice shown. */
  public void clearNotices() {
    notices.getChildren().clear();
  }

  /**
   * Makes the window a kiosk's: no bookmarks (a kiosk keeps nothing of its readers), and the keys
   * that would quit or leave full screen do nothing.
   */
  public void lockForKiosk() {
    toolbar.remove(List.of("#bookmarkButton", "#bookmarksButton"));
    for (Shortcut shortcut :
        List.of(Shortcut.BOOKMARK, Shortcut.BOOKMARKS, Shortcut.QUIT, Shortcut.FULL_SCREEN)) {
      handlers.remove(shortcut);
    }
  }

  /** Puts read aloud's controls after the bookmark buttons, and its shortcuts to them. */
  public void showReadAloud(Region controls, Runnable toggle, Runnable stop) {
    toolbar.getChildren().add(Math.min(3, toolbar.getChildren().size()), controls);
    handlers.put(Shortcut.READ_ALOUD, toggle);
    handlers.put(Shortcut.STOP_READING, stop);
    if (getScene() != null) {
      register(getScene());
    }
  }

  /**
   * Adds the search field to the toolbar, after the way-finding buttons, and lays its results panel
   * over the top of the window's content, sized by {@code fit} whenever the room or the text
   * changes.
   */
  public void showSearch(Region field, Region results, PanelFit fit) {
    field.setMinWidth(Region.USE_PREF_SIZE);
    toolbar.addSecond(field);
    StackPane layers = new StackPane(getCenter(), results);
    StackPane.setAlignment(results, Pos.TOP_LEFT);
    Runnable refit =
        () -> results.setTranslateX(fit.fit(layers.getWidth(), layers.getHeight(), em()));
    layers.widthProperty().addListener((obs, old, w) -> refit.run());
    layers.heightProperty().addListener((obs, old, h) -> refit.run());
    appearance.textSizeProperty().addListener((obs, old, size) -> refit.run());
    results.visibleProperty().addListener((obs, old, shown) -> refit.run());
    setCenter(layers);
  }

  /** Shows {@code node} as the current page. */
  public void showPage(Node node) {
    if (page.getChildren().size() != 1 || page.getChildren().get(0) != node) {
      page.getChildren().setAll(node);
    }
    if (focusPageNext) {
      focusPageNext = false;
      node.requestFocus();
    }
  }

  /** Shows {@code bar} between the breadcrumbs and the page: the bar to find in an article. */
  public void showAbovePage(Node bar) {
    if (!abovePage.getChildren().contains(bar)) {
      abovePage.getChildren().add(bar);
    }
  }

  /** Gives the keyboard to the next page shown, so it is not left in a panel that has closed. */
  public void focusPage() {
    focusPageNext = true;
  }

  /** Shows the trail from Home to the current page; the last step is where the reader is. */
  public void showCrumbs(List<Crumbs.Crumb> trail) {
    crumbs.show(trail);
    // At home the trail would only repeat where the reader already is.
    crumbRow.setVisible(trail.size() > 1);
    crumbRow.setManaged(trail.size() > 1);
  }

  /** Shows a plain-words notice above the page until the reader closes it. */
  public void notice(String text) {
    Button close = new Button(messages.get("notice.close"));
    close.setAccessibleText(messages.get("notice.close.label"));
    Notice notice = new Notice(text, close);
    close.setOnAction(e -> notices.getChildren().remove(notice));
    notices.getChildren().add(notice);
  }
}
