package org.careshelf.ui.shell;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.careshelf.ui.Messages;
import org.careshelf.ui.Styles;
import org.careshelf.ui.theme.AppearanceViewModel;
import org.careshelf.ui.theme.Theme;
import org.careshelf.ui.theme.ThemeName;

/**
 * The window's toolbar: way-finding, bookmarks and glossary, text size and colours, help; its
 * groups wrap onto a second row at large text sizes instead of hiding in an overflow menu.
 */
final class Toolbar extends FlowPane {

  /** The largest text size of the toolbar, in percent. */
  static final int LARGEST = 125;

  private final Messages messages;
  private final AppearanceViewModel appearance;
  final ToggleButton topicsToggle = new ToggleButton();

  Toolbar(
      Messages messages,
      NavigationViewModel navigation,
      AppearanceViewModel appearance,
      ObservableBooleanValue articleShown,
      ObservableBooleanValue bookmarked,
      ShellView.Actions actions) {
    this.messages = messages;
    this.appearance = appearance;
    Button back = button("backButton", "nav.back", "nav.back.label", navigation::back);
    back.disableProperty().bind(navigation.canGoBackProperty().not());
    Button forward =
        button("forwardButton", "nav.forward", "nav.forward.label", navigation::forward);
    forward.disableProperty().bind(navigation.canGoForwardProperty().not());
    Button home = button("homeButton", "nav.home", "nav.home.label", navigation::home);
    Button glossary =
        button("glossaryButton", "glossary.title", "glossary.open.all", actions.showGlossary());
    Button bookmarks =
        button("bookmarksButton", "bookmarks.title", "bookmarks.open.all", actions.showBookmarks());
    Button smaller =
        button("smallerButton", "text.smaller", "text.smaller.label", appearance::shrink);
    smaller.disableProperty().bind(appearance.canShrinkProperty().not());
    Button larger = button("largerButton", "text.larger", "text.larger.label", appearance::enlarge);
    larger.disableProperty().bind(appearance.canEnlargeProperty().not());
    Label size = new Label();
    size.setId("textSize");
    size.textProperty().bind(appearance.textSizeProperty().asString("%d%%"));
    // The value is what a screen reader must say, not only what the label is for.
    size.accessibleTextProperty()
        .bind(
            Bindings.createStringBinding(
                () -> messages.get("text.size.value", appearance.textSizeProperty().get()),
                appearance.textSizeProperty()));
    size.setMinWidth(Region.USE_PREF_SIZE);
    Button help = button("helpButton", "help.button", "help.button.label", actions.showHelp());
    topicsToggle.setText(messages.get("topics.button"));
    topicsToggle.setId("topicsButton");
    topicsToggle.setAccessibleText(messages.get("topics.button.label"));
    topicsToggle.setSelected(true);
    getChildren()
        .addAll(
            group(topicsToggle, back, forward, home),
            group(bookmark(articleShown, bookmarked, actions), bookmarks, glossary),
            group(smaller, size, larger, themeMenu(), help));
    getStyleClass().add(Styles.TOOLBAR);
    setId("toolbar");
    setAccessibleRole(AccessibleRole.TOOL_BAR);
    setAccessibleText(messages.get("toolbar.label"));
    appearance.textSizeProperty().addListener((obs, old, percent) -> sizeText());
    sizeText();
  }

  /**
   * The bookmark button shows the saved state of the article shown, and on any other page the plain
   * "Bookmark", disabled; it keeps the width of its wider label, so pressing it never re-wraps the
   * toolbar.
   */
  private ToggleButton bookmark(
      ObservableBooleanValue articleShown,
      ObservableBooleanValue bookmarked,
      ShellView.Actions actions) {
    ToggleButton bookmark = new ToggleButton();
    bookmark.setId("bookmarkButton");
    BooleanExpression on =
        BooleanExpression.booleanExpression(bookmarked)
            .and(BooleanExpression.booleanExpression(articleShown));
    bookmark
        .textProperty()
        .bind(
            Bindings.when(on)
                .then(messages.get("bookmark.on"))
                .otherwise(messages.get("bookmark.off")));
    bookmark.setAccessibleText(messages.get("bookmark.label"));
    bookmark.selectedProperty().bind(on);
    bookmark.disableProperty().bind(BooleanExpression.booleanExpression(articleShown).not());
    // The button shows the saved state; a press asks for the change instead of flipping itself.
    bookmark.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          e.consume();
          actions.toggleBookmark().run();
        });
    bookmark
        .minWidthProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> {
                  String widest =
                      messages.get("bookmark.on").length() >= messages.get("bookmark.off").length()
                          ? messages.get("bookmark.on")
                          : messages.get("bookmark.off");
                  Text text = new Text(widest);
                  text.setFont(bookmark.getFont());
                  return text.getLayoutBounds().getWidth()
                      + bookmark.getPadding().getLeft()
                      + bookmark.getPadding().getRight()
                      + 4;
                },
                bookmark.fontProperty(),
                bookmark.paddingProperty()));
    return bookmark;
  }

  private static HBox group(Region... controls) {
    HBox box = new HBox(controls);
    box.getStyleClass().add(Styles.TOOLBAR_GROUP);
    for (Region control : controls) {
      if (!control.minWidthProperty().isBound()) {
        control.setMinWidth(Region.USE_PREF_SIZE);
      }
    }
    return box;
  }

  /** Adds {@code control} as a group of its own, second in the toolbar. */
  void addSecond(Region control) {
    getChildren().add(1, group(control));
  }

  /** Takes the buttons with these ids out of the toolbar. */
  void remove(List<String> ids) {
    for (String id : ids) {
      Node button = lookup(id);
      if (button != null && button.getParent() instanceof Pane group) {
        group.getChildren().remove(button);
      }
    }
  }

  /**
   * The toolbar's words grow with the reader's text size up to {@link #LARGEST}%: the buttons are
   * already large targets, and at full size they would push the article off a small screen.
   */
  String sizeText() {
    int percent = Math.min(appearance.textSizeProperty().get(), LARGEST);
    String style =
        String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", Theme.BASE_FONT_PX * percent / 100.0);
    setStyle(style);
    return style;
  }

  private MenuButton themeMenu() {
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
}
