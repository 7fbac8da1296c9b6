package org.careshelf.ui.bookmarks;

import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.careshelf.ui.Messages;
import org.careshelf.ui.PageView;
import org.careshelf.ui.Styles;

/** The reader's bookmarks: open, remove, and a short note on each. */
public final class BookmarksView extends PageView {

  private final BookmarksViewModel model;
  private final Messages messages;
  private final Consumer<String> openArticle;
  private final VBox list = new VBox();
  private final Button putBack;
  private final org.careshelf.ui.Notice undo;

  public BookmarksView(BookmarksViewModel model, Messages messages, Consumer<String> openArticle) {
    super("bookmarksView", messages.get("bookmarks.title"), Styles.PAGE);
    this.model = model;
    this.messages = messages;
    this.openArticle = openArticle;
    Label title = new Label(messages.get("bookmarks.title"));
    title.getStyleClass().add(Styles.PAGE_TITLE);
    list.setId("bookmarkList");
    list.setSpacing(12);
    putBack = new Button(messages.get("bookmarks.undo"));
    putBack.setId("undoRemove");
    putBack.setOnAction(e -> model.undoRemove());
    undo = new org.careshelf.ui.Notice("", putBack);
    undo.setId("bookmarkUndo");
    model
        .removedProperty()
        .addListener(
            (obs, old, entry) -> {
              undo.setVisible(entry != null);
              undo.setManaged(entry != null);
              if (entry != null) {
                undo.setText(messages.get("bookmarks.removed", entry.bookmark().title()));
                // The keyboard stays near where it was: on the way to put it back.
                putBack.requestFocus();
              }
            });
    undo.setVisible(false);
    undo.setManaged(false);
    page.getChildren().addAll(title, undo, list);
    model.entries().addListener((ListChangeListener<BookmarksViewModel.Entry>) change -> fill());
    fill();
  }

  private void fill() {
    // The list is drawn again after a change; the keyboard goes back to where it was in it.
    String focusedCard = null;
    boolean inNote = false;
    javafx.scene.Node owner = getScene() == null ? null : getScene().getFocusOwner();
    for (javafx.scene.Node n = owner; n != null; n = n.getParent()) {
      if (n.getId() != null && n.getId().startsWith("bookmark-")) {
        focusedCard = n.getId();
        inNote = owner instanceof TextArea;
        break;
      }
    }
    list.getChildren().clear();
    if (model.entries().isEmpty()) {
      Label empty = new Label(messages.get("bookmarks.empty"));
      empty.setId("bookmarksEmpty");
      empty.getStyleClass().add(Styles.PAGE_TEXT);
      empty.setWrapText(true);
      list.getChildren().add(empty);
      return;
    }
    model.entries().forEach(entry -> list.getChildren().add(card(entry)));
    if (focusedCard != null) {
      javafx.scene.Node card = list.lookup("#" + focusedCard);
      if (card != null) {
        javafx.scene.Node target = card.lookup(inNote ? ".text-area" : ".button");
        (target != null ? target : card).requestFocus();
      }
    }
  }

  private VBox card(BookmarksViewModel.Entry entry) {
    String id = entry.bookmark().articleId();
    Label title = new Label(entry.bookmark().title());
    title.getStyleClass().add(Styles.CARD_TITLE);
    String added =
        messages.get(
            "bookmarks.added",
            messages.date(entry.bookmark().addedAt().atZone(ZoneId.systemDefault())));
    Label where =
        new Label(
            entry.gone()
                ? messages.get("bookmarks.gone")
                : entry.topicTitle().get() + " \u00B7 " + added);
    where.getStyleClass().addAll(Styles.PAGE_TEXT, Styles.MUTED);
    where.setWrapText(true);

    // Several lines, wrapped: a question for the care team is often longer than one line.
    TextArea note = new TextArea(entry.bookmark().note());
    note.setWrapText(true);
    note.setPrefRowCount(2);
    note.setPromptText(messages.get("bookmarks.note.prompt"));
    note.setAccessibleText(messages.get("bookmarks.note.label", entry.bookmark().title()));
    note.setAccessibleHelp(messages.get("bookmarks.note.help"));
    Label saved = new Label();
    saved.getStyleClass().addAll(Styles.PAGE_TEXT, Styles.MUTED);
    Runnable save =
        () -> {
          String text = note.getText() == null ? "" : note.getText();
          String before = entry.bookmark().note() == null ? "" : entry.bookmark().note();
          if (!text.strip().equals(before.strip())) {
            model.setNote(id, text);
            saved.setText(messages.get("bookmarks.note.saved"));
          }
        };
    // Enter saves, as in a one-line field; Shift+Enter starts a new line.
    note.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !e.isShiftDown()) {
            e.consume();
            save.run();
          } else if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
            e.consume();
            note.insertText(note.getCaretPosition(), "\n");
          }
        });
    note.focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (!focused) {
                save.run();
              }
            });

    Button open = new Button(messages.get("bookmarks.open"));
    open.setAccessibleText(messages.get("bookmarks.open.label", entry.bookmark().title()));
    open.setDisable(entry.gone());
    open.setOnAction(e -> openArticle.accept(id));
    Button remove = new Button(messages.get("bookmarks.remove"));
    remove.setAccessibleText(messages.get("bookmarks.remove.label", entry.bookmark().title()));
    remove.setOnAction(e -> model.remove(id));
    HBox actions = new HBox(12, open, remove, saved);
    actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

    VBox card = new VBox(title, where, note, actions);
    card.getStyleClass().add(Styles.CARD);
    card.setId("bookmark-" + id);
    card.setAccessibleText(entry.bookmark().title() + ". " + where.getText());
    return card;
  }
}
