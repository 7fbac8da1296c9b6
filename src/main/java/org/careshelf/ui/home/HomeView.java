package org.careshelf.ui.home;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.careshelf.content.Clinic;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.LibraryInfo;
import org.careshelf.library.Topic;
import org.careshelf.ui.Messages;
import org.careshelf.ui.PageView;
import org.careshelf.ui.Styles;
import org.careshelf.ui.Tile;
import org.careshelf.ui.article.MarkdownRenderer;

/**
 * The welcome screen: a calm greeting, the reader's treatment center, "Continue reading", "Start
 * here", "Recently read", the topics, and the library's version with the way to update it.
 */
public final class HomeView extends PageView {

  private final HomeViewModel model;
  private final Messages messages;
  private final Consumer<String> openArticle;
  private final Consumer<String> openTopic;
  private final MarkdownRenderer renderer;
  private final LibraryUpdateViewModel update;

  /**
   * {@code openArticle} and {@code openTopic} take an article's or a topic's id; {@code renderer}
   * shows the clinic's notes; {@code update} is null where the library may not be updated (a
   * kiosk).
   */
  public HomeView(
      HomeViewModel model,
      Messages messages,
      Consumer<String> openArticle,
      Consumer<String> openTopic,
      MarkdownRenderer renderer,
      LibraryUpdateViewModel update) {
    super("homeView", messages.get("home.title"), Styles.PAGE);
    this.model = model;
    this.messages = messages;
    this.openArticle = openArticle;
    this.openTopic = openTopic;
    this.renderer = renderer;
    this.update = update;
    model.contentProperty().addListener((obs, old, content) -> show(content));
    show(model.contentProperty().get());
  }

  private void show(HomeViewModel.Content content) {
    page.getChildren().clear();
    Label title = label(messages.get("home.title"), "page-title");
    title.setId("homeTitle");
    page.getChildren().addAll(title, label(messages.get("home.welcome"), "page-text"));
    content.clinic().ifPresent(clinic -> page.getChildren().add(treatmentCenter(clinic)));

    content
        .continueReading()
        .ifPresent(
            last -> {
              page.getChildren().add(label(messages.get("home.continue"), "page-heading"));
              long percent = Math.round(last.position() * 100);
              Tile resume =
                  new Tile(
                      last.article().title(),
                      percent < 5
                          ? messages.get("home.continue.started")
                          : messages.get("home.continue.position", percent));
              resume.setId("continueReading");
              resume.setOnAction(() -> openArticle.accept(last.article().id()));
              page.getChildren().add(resume);
            });

    // "New here?" is for first-time readers; someone with a place to go back to does not need it.
    content
        .startHere()
        .filter(start -> content.continueReading().isEmpty())
        .ifPresent(
            start -> {
              page.getChildren().add(label(messages.get("home.new"), "page-heading"));
              Tile startHere = new Tile(start.title(), start.summary());
              startHere.setId("startHere");
              startHere.getStyleClass().add(Styles.PRIMARY);
              startHere.setOnAction(() -> openArticle.accept(start.id()));
              page.getChildren().add(startHere);
            });

    if (!content.recent().isEmpty()) {
      page.getChildren().add(label(messages.get("home.recent"), "page-heading"));
      VBox recent = new VBox();
      recent.setId("recentlyRead");
      for (ArticleSummary article : content.recent()) {
        Hyperlink link = new org.careshelf.ui.WrappingLink(article.title());
        link.getStyleClass().add(Styles.ARTICLE_LINK);
        link.setOnAction(e -> openArticle.accept(article.id()));
        recent.getChildren().add(link);
      }
      Button clear = new Button(messages.get("home.recent.clear"));
      clear.setId("clearHistory");
      clear.setAccessibleText(messages.get("home.recent.clear.label"));
      clear.setOnAction(e -> model.clearHistory());
      page.getChildren().addAll(recent, clear);
    }

    if (!content.topics().isEmpty()) {
      page.getChildren().add(label(messages.get("home.topics"), "page-heading"));
      FlowPane tiles = new FlowPane();
      tiles.setId("topicTiles");
      tiles.getStyleClass().add(Styles.TILES);
      tiles.prefWrapLengthProperty().bind(page.widthProperty());
      for (Topic topic : content.topics()) {
        Tile tile = new Tile(topic.title(), null);
        tile.setId("topic-" + topic.id());
        tile.setOnAction(() -> openTopic.accept(topic.id()));
        tile.prefWidthProperty().bind(tileWidth(tiles, tile));
        tiles.getChildren().add(tile);
      }
      page.getChildren().add(tiles);
    }
    page.getChildren().add(library(content.library()));
  }

  /** The center's name, numbers, what to do in an emergency, address and notes. */
  private VBox treatmentCenter(Clinic clinic) {
    VBox card = new VBox();
    card.setId("treatmentCenter");
    card.getStyleClass().add(Styles.CLINIC);
    Label name = label(clinic.name(), Styles.CARD_TITLE);
    name.setId("clinicName");
    card.getChildren().add(name);
    for (Clinic.Phone phone : clinic.phones()) {
      Label line = label(phone.number() + " \u2014 " + phone.when(), Styles.PAGE_TEXT);
      line.getStyleClass().add(Styles.STRONG);
      card.getChildren().add(line);
    }
    card.getChildren().add(label(clinic.emergency(), Styles.PAGE_TEXT));
    if (!clinic.address().isEmpty()) {
      Label address = label(clinic.address(), Styles.PAGE_TEXT);
      address.getStyleClass().add(Styles.MUTED);
      card.getChildren().add(address);
    }
    if (!clinic.notes().isEmpty()) {
      VBox notes = renderer.render(clinic.notes());
      notes.setId("clinicNotes");
      card.getChildren().add(notes);
    }
    VBox section = new VBox(label(messages.get("clinic.title"), "page-heading"), card);
    section.setSpacing(8);
    section.setAccessibleText(messages.get("clinic.title"));
    return section;
  }

  /** The library's version and date, and for a reader (not a kiosk) the way to update it. */
  private VBox library(Optional<LibraryInfo> info) {
    VBox box = new VBox();
    box.setSpacing(8);
    box.setId("libraryAbout");
    info.ifPresent(
        i -> {
          Label about =
              label(
                  i.date().isPresent()
                      ? messages.get(
                          "library.about", i.version(), messages.date(i.date().get()), i.articles())
                      : messages.get("library.about.undated", i.version(), i.articles()),
                  Styles.PAGE_TEXT);
          about.getStyleClass().add(Styles.MUTED);
          about.setId("libraryVersion");
          box.getChildren().add(about);
        });
    if (update != null) {
      Button button = new Button(messages.get("library.update"));
      button.setId("updateLibrary");
      button.setAccessibleText(messages.get("library.update.label"));
      button.setWrapText(true);
      button.disableProperty().bind(update.workingProperty());
      button.setOnAction(e -> choosePack());
      ProgressIndicator progress = new ProgressIndicator();
      progress.setId("updateProgress");
      progress.setPrefSize(24, 24);
      progress.visibleProperty().bind(update.workingProperty());
      progress.managedProperty().bind(update.workingProperty());
      Label result = label("", Styles.PAGE_TEXT);
      result.setId("updateResult");
      result.textProperty().bind(update.resultProperty());
      HBox row = new HBox(12, button, progress);
      row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
      box.getChildren().addAll(row, result);
    }
    return box;
  }

  private void choosePack() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(messages.get("library.update.choose"));
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter(messages.get("library.update.files"), "*.careshelf"));
    java.io.File file = chooser.showOpenDialog(getScene().getWindow());
    if (file != null) {
      update.install(file.toPath());
    }
  }

  /** Two tiles a row where there is room for them at the current text size, else one. */
  private static javafx.beans.binding.DoubleBinding tileWidth(FlowPane tiles, Tile tile) {
    return javafx.beans.binding.Bindings.createDoubleBinding(
        () -> {
          double width = tiles.getWidth();
          double em = tile.fontProperty().get().getSize();
          return width >= 24 * em ? (width - tiles.getHgap()) / 2 - 1 : Math.max(0, width - 1);
        },
        tiles.widthProperty(),
        tile.fontProperty());
  }

  private static Label label(String text, String style) {
    Label label = new Label(text);
    label.getStyleClass().add(style);
    label.setWrapText(true);
    return label;
  }
}
