package org.careshelf.ui.shell;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.careshelf.ui.Messages;
import org.careshelf.ui.Styles;

/** Lists every keyboard shortcut, read from {@link Shortcut} so the list is never out of date. */
public final class HelpDialog extends Dialog<Void> {

  public HelpDialog(Window owner, Messages messages) {
    initOwner(owner);
    setTitle(messages.get("help.title"));
    setHeaderText(messages.get("help.header"));
    GridPane grid = new GridPane();
    grid.setId("shortcutList");
    grid.setHgap(24);
    grid.setVgap(8);
    int row = 0;
    for (Shortcut shortcut : Shortcut.values()) {
      Label keys = new Label(shortcut.keys().get(0).getDisplayText());
      keys.getStyleClass().add(Styles.SHORTCUT_KEY);
      keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      Label what = new Label(messages.get(shortcut.messageKey()));
      what.setWrapText(true);
      keys.setAccessibleText(what.getText() + ": " + keys.getText());
      grid.addRow(row++, keys, what);
    }
    Label more = new Label(messages.get("help.more"));
    more.setWrapText(true);
    grid.add(more, 0, row, 2, 1);
    ScrollPane scroll = new ScrollPane(grid);
    scroll.setFitToWidth(true);
    getDialogPane().setContent(scroll);
    getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    if (owner != null && owner.getScene() != null) {
      getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
      getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
    }
    getDialogPane().setPrefWidth(640);
    if (owner != null) {
      // At large text sizes the list is long: the dialog stays within the window and scrolls.
      getDialogPane().setMaxHeight(owner.getHeight() * 0.9);
      getDialogPane().setPrefWidth(Math.max(640, owner.getWidth() * 0.7));
      scroll.setPrefViewportHeight(owner.getHeight() * 0.6);
    }
  }
}
