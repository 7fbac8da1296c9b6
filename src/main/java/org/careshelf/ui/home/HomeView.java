package org.careshelf.ui.home;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.Topic;
import org.careshelf.ui.Messages;
import org.careshelf.ui.PageView;
import org.careshelf.ui.Styles;
import org.careshelf.ui.Tile;

/**
 * The welcome screen: a calm greeting, "Continue reading", "Start here", "Recently read" and the
 * topics.
 */
public final class HomeView extends PageView {

  private final HomeViewModel model;
  private final Messages messages;
  private final Consumer<String> openArticle;
  private final Consumer<String> openTopic;
  private final Label title;
  private final Label welcome;

  /** {@code openArticle} and {@code openTopic} take an article's or a topic's id. */
  public HomeView(
      HomeViewModel model,
      Messages messages,
      Consumer<String> openArticle,
      Consumer<String> openTopic) {
    super("homeView", messages.get("home.title"), Styles.PAGE);
    this.model = model;
    this.messages = messages;
    this.openArticle = openArticle;
    this.openTopic = openTopic;
    this.title = label(messages.get("home.title"), "page-title");
    this.welcome = label(messages.get("home.welcome"), "page-text");
    title.setId("homeTitle");
    model.contentProperty().addListener((obs, old, content) -> show(content));
    show(model.contentProperty().get());
  }

  private void show(HomeViewModel.Content content) {
    page.getChildren().clear();
    Label title = label(messages.get("home.title"), "page-title");
    title.setId("homeTitle");
    page.getChildren().addAll(title, label(messages.get("home.welcome"), "page-text"));

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
