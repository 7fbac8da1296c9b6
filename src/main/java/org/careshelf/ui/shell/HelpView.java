package org.careshelf.ui.shell;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.careshelf.ui.Headings;
import org.careshelf.ui.Messages;
import org.careshelf.ui.PageView;
import org.careshelf.ui.Styles;

/**
 * Help as a page of its own: how reading, the glossary, bookmarks, search and text size work, in
 * words, then every keyboard shortcut, read from {@link Shortcut} so the list is never out of date.
 * A page rather than a dialog: it grows with the text and leaves the window's size alone.
 */
public final class HelpView extends PageView {

  /** The parts explained: the message keys of each one's heading and paragraph. */
  private static final String[][] PARTS = {
    {"help.reading.title", "help.reading"},
    {"help.glossary.title", "help.glossary"},
    {"help.bookmarks.title", "help.bookmarks"},
    {"help.search.title", "help.search"},
    {"help.size.title", "help.size"},
  };

  public HelpView(Messages messages) {
    super("helpView", messages.get("help.title"), Styles.PAGE);
    Label title = new Label(messages.get("help.title"));
    title.getStyleClass().add(Styles.PAGE_TITLE);
    Headings.mark(title, 1);
    page.getChildren().add(title);
    for (String[] part : PARTS) {
      Label heading = new Label(messages.get(part[0]));
      heading.getStyleClass().add(Styles.PAGE_HEADING);
      Headings.mark(heading, 2);
      page.getChildren().addAll(heading, text(messages.get(part[1])));
    }
    Label keysHeading = new Label(messages.get("help.header"));
    keysHeading.getStyleClass().add(Styles.PAGE_HEADING);
    Headings.mark(keysHeading, 2);
    GridPane grid = new GridPane();
    grid.setId("shortcutList");
    grid.getStyleClass().add(Styles.SHORTCUTS);
    int row = 0;
    for (Shortcut shortcut : Shortcut.values()) {
      Label keys = new Label(shortcut.keys().get(0).getDisplayText());
      keys.getStyleClass().add(Styles.SHORTCUT_KEY);
      keys.setMinWidth(Region.USE_PREF_SIZE);
      Label what = text(messages.get(shortcut.messageKey()));
      keys.setAccessibleText(what.getText() + ": " + keys.getText());
      grid.addRow(row++, keys, what);
    }
    page.getChildren().addAll(keysHeading, grid, text(messages.get("help.more")));
  }

  private static Label text(String words) {
    Label label = new Label(words);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.getStyleClass().add(Styles.PAGE_TEXT);
    label.setAccessibleRole(AccessibleRole.TEXT);
    return label;
  }
}
