package org.careshelf.ui.bookmarks;

import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

  public BookmarksView(BookmarksViewModel model, Messages messages, Consumer<String> openArticle) {
    super("bookmarksView", messages.get("bookmarks.title"), Styles.PAGE);
    this.model = model;
    this.messages = messages;
    this.openArticle = openArticle;
    Label title = new Label(messages.get("bookmarks.title"));
    title.getStyleClass().add(Styles.PAGE_TITLE);
    list.setId("bookmarkList");
    list.setSpacing(12);
    page.getChildren().addAll(title, list);
    model.entries().addListener((ListChangeListener<BookmarksViewModel.Entry>) change -> fill());
    fill();
  }

  private void fill() {
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

    TextField note = new TextField(entry.bookmark().note());
    note.setPromptText(messages.get("bookmarks.note.prompt"));
    note.setAccessibleText(messages.get("bookmarks.note.label", entry.bookmark().title()));
    note.setOnAction(e -> model.setNote(id, note.getText()));
    note.focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (!focused && !note.getText().strip().equals(entry.bookmark().note())) {
                model.setNote(id, note.getText());
              }
            });

    Button open = new Button(messages.get("bookmarks.open"));
    open.setAccessibleText(messages.get("bookmarks.open.label", entry.bookmark().title()));
    open.setDisable(entry.gone());
    open.setOnAction(e -> openArticle.accept(id));
    Button remove = new Button(messages.get("bookmarks.remove"));
    remove.setAccessibleText(messages.get("bookmarks.remove.label", entry.bookmark().title()));
    remove.setOnAction(e -> model.remove(id));
    HBox actions = new HBox(12, open, remove);

    VBox card = new VBox(title, where, note, actions);
    card.getStyleClass().add(Styles.CARD);
    card.setId("bookmark-" + id);
    card.setAccessibleText(entry.bookmark().title() + ". " + where.getText());
    card.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
    return card;
  }
}
