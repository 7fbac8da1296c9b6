package org.careshelf.ui.shell;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.careshelf.ui.Messages;
import org.careshelf.ui.Styles;
import org.careshelf.ui.theme.AppearanceViewModel;
import org.careshelf.ui.theme.Theme;
import org.careshelf.ui.theme.ThemeName;
import org.controlsfx.control.BreadCrumbBar;

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
      Runnable toggleFullScreen,
      Runnable quit) {}

  /** The largest text size of the toolbar, in percent. */
  static final int TOOLBAR_LARGEST = 175;

  private final Messages messages;
  private final NavigationViewModel navigation;
  private final AppearanceViewModel appearance;
  private final Map<Shortcut, Runnable> handlers = new EnumMap<>(Shortcut.class);
  private final StackPane page = new StackPane();
  private final BreadCrumbBar<Crumbs.Crumb> crumbs = new BreadCrumbBar<>();
  private final VBox notices = new VBox();
  private final FlowPane toolbar = new FlowPane();
  private final SplitPane split = new SplitPane();
  private final ToggleButton topicsToggle = new ToggleButton();
  private final HBox crumbRow = new HBox();

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
    setId("shell");

    Button back = button("backButton", "nav.back", "nav.back.label", navigation::back);
    back.disableProperty().bind(navigation.canGoBackProperty().not());
    Button forward =
        button("forwardButton", "nav.forward", "nav.forward.label", navigation::forward);
    forward.disableProperty().bind(navigation.canGoForwardProperty().not());
    Button home = button("homeButton", "nav.home", "nav.home.label", navigation::home);

    ToggleButton bookmark = new ToggleButton();
    bookmark.setId("bookmarkButton");
    BooleanExpression isBookmarked = BooleanExpression.booleanExpression(bookmarked);
    bookmark
        .textProperty()
        .bind(
            Bindings.when(isBookmarked)
                .then(messages.get("bookmark.on"))
                .otherwise(messages.get("bookmark.off")));
    bookmark.setAccessibleText(messages.get("bookmark.label"));
    bookmark.selectedProperty().bind(isBookmarked);
    bookmark.disableProperty().bind(BooleanExpression.booleanExpression(articleShown).not());
    // The button shows the saved state; a press asks for the change instead of flipping itself.
    bookmark.addEventFilter(
        javafx.event.ActionEvent.ACTION,
        e -> {
          e.consume();
          actions.toggleBookmark().run();
        });
    bookmark.setOnMouseReleased(e -> {});

    Button bookmarks =
        button("bookmarksButton", "bookmarks.title", "bookmarks.open.all", actions.showBookmarks());
    Button glossary =
        button("glossaryButton", "glossary.title", "glossary.open.all", actions.showGlossary());
    Button smaller =
        button("smallerButton", "text.smaller", "text.smaller.label", appearance::shrink);
    smaller.disableProperty().bind(appearance.canShrinkProperty().not());
    Button larger = button("largerButton", "text.larger", "text.larger.label", appearance::enlarge);
    larger.disableProperty().bind(appearance.canEnlargeProperty().not());
    Label size = new Label();
    size.setId("textSize");
    size.textProperty().bind(appearance.textSizeProperty().asString("%d%%"));
    size.setAccessibleText(messages.get("text.size.label"));
    MenuButton theme = themeMenu(appearance);
    Button help = button("helpButton", "help.button", "help.button.label", actions.showHelp());

    topicsToggle.setText(messages.get("topics.button"));
    topicsToggle.setId("topicsButton");
    topicsToggle.setAccessibleText(messages.get("topics.button.label"));
    topicsToggle.setSelected(true);
    topicsToggle.selectedProperty().addListener((obs, was, shown) -> showTopics(topics, shown));
    // Groups wrap onto a second row at large text sizes instead of hiding in an overflow menu.
    toolbar
        .getChildren()
        .addAll(
            group(topicsToggle, back, forward, home),
            group(bookmark, bookmarks, glossary),
            group(smaller, size, larger, theme, help));
    toolbar.getStyleClass().add(Styles.TOOLBAR);
    toolbar.setId("toolbar");
    toolbar.setAccessibleText(messages.get("toolbar.label"));
    notices.setId("notices");
    setTop(new VBox(toolbar, notices));

    crumbs.setId("breadcrumbs");
    crumbs.getStyleClass().add(Styles.BREADCRUMBS);
    crumbs.setAccessibleText(messages.get("nav.breadcrumbs"));
    crumbs.setAutoNavigationEnabled(false);
    crumbs.setOnCrumbAction(e -> navigation.go(e.getSelectedCrumb().getValue().place()));
    crumbRow.getChildren().add(crumbs);
    crumbRow.getStyleClass().add(Styles.BREADCRUMBS);
    HBox.setHgrow(crumbs, Priority.ALWAYS);
    BorderPane reading = new BorderPane(page);
    reading.setTop(crumbRow);
    split.getItems().setAll(topics, reading);
    split.setOrientation(Orientation.HORIZONTAL);
    split.setDividerPositions(0.3);
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
    handlers.put(Shortcut.FIND, actions.focusSearch());
    handlers.put(Shortcut.FULL_SCREEN, actions.toggleFullScreen());
    handlers.put(Shortcut.QUIT, actions.quit());
    sceneProperty().addListener((obs, old, scene) -> register(scene));
    appearance
        .textSizeProperty()
        .addListener(
            (obs, old, percent) -> {
              fitTopicsToWidth();
              sizeToolbar();
            });
    sizeToolbar();
    widthProperty()
        .addListener(
            (obs, old, width) -> {
              // Decide once the window has its first real width; later the reader decides.
              if (old.doubleValue() <= 0 && width.doubleValue() > 0) {
                fitTopicsToWidth();
              }
            });
  }

  private static HBox group(Region... controls) {
    HBox box = new HBox(controls);
    box.getStyleClass().add(Styles.TOOLBAR_GROUP);
    for (Region control : controls) {
      control.setMinWidth(Region.USE_PREF_SIZE);
    }
    return box;
  }

  private void showTopics(Node topics, boolean shown) {
    if (shown && !split.getItems().contains(topics)) {
      split.getItems().add(0, topics);
      split.setDividerPositions(0.3);
    } else if (!shown) {
      split.getItems().remove(topics);
    }
  }

  /**
   * Shows the topic tree when the window is wide enough for it beside the article at the current
   * text size, hides it otherwise; the reader can still switch it with the Topics button.
   */
  public void fitTopicsToWidth() {
    double em = Theme.BASE_FONT_PX * appearance.textSizeProperty().get() / 100.0;
    topicsToggle.setSelected(getWidth() <= 0 || getWidth() >= 55 * em);
  }

  /**
   * The toolbar's and the breadcrumbs' words grow with the reader's text size up to {@link
   * #TOOLBAR_LARGEST}%: the buttons are already large targets, and at full size they would push the
   * article off a small screen.
   */
  private void sizeToolbar() {
    int percent = Math.min(appearance.textSizeProperty().get(), TOOLBAR_LARGEST);
    String style =
        String.format(
            java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", Theme.BASE_FONT_PX * percent / 100.0);
    toolbar.setStyle(style);
    // The trail cannot wrap, so it keeps to the toolbar's size rather than run off the window.
    crumbRow.setStyle(style);
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
  }

  private MenuButton themeMenu(AppearanceViewModel appearance) {
    MenuButton menu = new MenuButton(messages.get("theme.button"));
    menu.setId("themeButton");
    menu.setAccessibleText(messages.get("theme.button.label"));
    ToggleGroup group = new ToggleGroup();
    for (ThemeName name : ThemeName.values()) {
      RadioMenuItem item = new RadioMenuItem(messages.get(name.messageKey()));
      item.setId("theme-" + name.id());
      item.setToggleGroup(group);
      item.setSelected(appearance.themeProperty().get() == name);
      item.setOnAction(e -> appearance.setTheme(name));
      appearance.themeProperty().addListener((obs, old, now) -> item.setSelected(now == name));
      menu.getItems().add(item);
    }
    return menu;
  }

  private Button button(String id, String textKey, String labelKey, Runnable action) {
    Button button = new Button(messages.get(textKey));
    button.setId(id);
    button.setAccessibleText(messages.get(labelKey));
    button.setOnAction(e -> action.run());
    return button;
  }

  /** Closes every notice shown. */
  public void clearNotices() {
    notices.getChildren().clear();
  }

  /** Puts read aloud's controls after the bookmark buttons, and its shortcuts to them. */
  public void showReadAloud(Region controls, Runnable toggle, Runnable stop) {
    toolbar.getChildren().add(Math.min(3, toolbar.getChildren().size()), controls);
    handlers.put(Shortcut.READ_ALOUD, toggle);
    handlers.put(Shortcut.STOP_READING, stop);
  }

  /**
   * Makes the window a kiosk's: no bookmarks (a kiosk keeps nothing of its readers), and the keys
   * that would quit or leave full screen do nothing.
   */
  public void lockForKiosk() {
    for (String id : List.of("#bookmarkButton", "#bookmarksButton")) {
      Node button = toolbar.lookup(id);
      if (button != null && button.getParent() instanceof Pane group) {
        group.getChildren().remove(button);
      }
    }
    for (Shortcut shortcut :
        List.of(Shortcut.BOOKMARK, Shortcut.BOOKMARKS, Shortcut.QUIT, Shortcut.FULL_SCREEN)) {
      handlers.remove(shortcut);
    }
  }

  /**
   * Adds the search field to the toolbar, after the way-finding buttons, and lays its results panel
   * over the top of the window's content.
   */
  public void showSearch(Region field, Region results) {
    field.setMinWidth(Region.USE_PREF_SIZE);
    toolbar.getChildren().add(1, group(field));
    StackPane layers = new StackPane(getCenter(), results);
    StackPane.setAlignment(results, javafx.geometry.Pos.TOP_RIGHT);
    StackPane.setMargin(results, new javafx.geometry.Insets(0, 12, 0, 12));
    setCenter(layers);
  }

  /** Shows {@code node} as the current page. */
  public void showPage(Node node) {
    if (page.getChildren().size() != 1 || page.getChildren().get(0) != node) {
      page.getChildren().setAll(node);
    }
  }

  /** Shows the trail from Home to the current page; the last step is where the reader is. */
  public void showCrumbs(List<Crumbs.Crumb> trail) {
    TreeItem<Crumbs.Crumb> last = BreadCrumbBar.buildTreeModel(trail.toArray(Crumbs.Crumb[]::new));
    crumbs.setSelectedCrumb(last);
    // At home the trail would only repeat where the reader already is.
    crumbRow.setVisible(trail.size() > 1);
    crumbRow.setManaged(trail.size() > 1);
  }

  /** Shows a plain-words notice above the page until the reader closes it. */
  public void notice(String text) {
    Label words = new Label(text);
    words.setWrapText(true);
    words.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(words, Priority.ALWAYS);
    Button close = new Button(messages.get("notice.close"));
    close.setAccessibleText(messages.get("notice.close.label"));
    HBox notice = new HBox(words, close);
    notice.getStyleClass().add(Styles.NOTICE);
    notice.setAccessibleText(text);
    close.setOnAction(e -> notices.getChildren().remove(notice));
    notices.getChildren().add(notice);
  }
}
