package org.careshelf.ui.topics;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.Topic;
import org.careshelf.ui.Messages;
import org.careshelf.ui.PageView;
import org.careshelf.ui.Styles;
import org.careshelf.ui.Tile;

/** A topic's page: each article as a large card with its summary, then the subtopics. */
public final class TopicPageView extends PageView {

  private final Messages messages;
  private final Consumer<String> openArticle;
  private final Consumer<String> openTopic;

  public TopicPageView(
      TopicPageViewModel model,
      Messages messages,
      Consumer<String> openArticle,
      Consumer<String> openTopic) {
    super("topicPage", null, Styles.PAGE);
    this.messages = messages;
    this.openArticle = openArticle;
    this.openTopic = openTopic;
    model.pageProperty().addListener((obs, old, shown) -> show(shown));
  }

  private void show(TopicPageViewModel.Page shown) {
    setAccessibleText(shown.topic().title());
    Label title = new Label(shown.topic().title());
    title.setId("topicTitle");
    title.getStyleClass().add(Styles.PAGE_TITLE);
    title.setWrapText(true);
    page.getChildren().setAll(title);
    for (ArticleSummary article : shown.articles()) {
      Tile card = new Tile(article.title(), article.summary());
      card.setOnAction(() -> openArticle.accept(article.id()));
      page.getChildren().add(card);
    }
    if (!shown.subtopics().isEmpty()) {
      Label more = new Label(messages.get("topic.subtopics"));
      more.getStyleClass().add(Styles.PAGE_HEADING);
      page.getChildren().add(more);
      for (Topic sub : shown.subtopics()) {
        Tile tile = new Tile(sub.title(), null);
        tile.setOnAction(() -> openTopic.accept(sub.id()));
        page.getChildren().add(tile);
      }
    }
    setVvalue(0);
  }
}
