package org.careshelf.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.careshelf.library.Article;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.Source;
import org.careshelf.ui.Headings;
import org.careshelf.ui.Messages;
import org.careshelf.ui.Styles;

/**
 * The article page's own parts around the body: its title and summary, the way to the previous and
 * next article, "Read next" and the sources.
 */
final class ArticleText {

  private ArticleText() {}

  /** A heading: the page's title when {@code id} is given, else one of its parts (level 2). */
  static TextFlow heading(String words, String id) {
    TextFlow flow = new TextFlow(styled(words, null));
    flow.getStyleClass().addAll(Styles.HEADING, id == null ? Styles.H2 : Styles.H1);
    Headings.mark(flow, id == null ? 2 : 1);
    flow.setAccessibleText(words);
    if (id != null) {
      flow.setId(id);
    }
    return flow;
  }

  static TextFlow paragraph(String words) {
    TextFlow flow = new TextFlow(styled(words, null));
    flow.getStyleClass().add(Styles.PARAGRAPH);
    return flow;
  }

  static Text styled(String words, String style) {
    Text text = new Text(words);
    text.getStyleClass().add(Styles.ARTICLE_TEXT);
    if (style != null) {
      text.getStyleClass().add(style);
    }
    return text;
  }

  /** The buttons to the previous and the next article of the topic. */
  static HBox neighbours(
      Optional<ArticleSummary> previous,
      Optional<ArticleSummary> next,
      Messages messages,
      Consumer<String> openArticle) {
    HBox row = new HBox();
    row.setId("articleNeighbours");
    row.getStyleClass().add(Styles.ARTICLE_NAV);
    previous.ifPresent(
        p ->
            row.getChildren()
                .add(neighbour("previousArticle", "article.previous", p, messages, openArticle)));
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    row.getChildren().add(gap);
    next.ifPresent(
        n ->
            row.getChildren()
                .add(neighbour("nextArticle", "article.next", n, messages, openArticle)));
    return row;
  }

  private static Button neighbour(
      String id,
      String key,
      ArticleSummary article,
      Messages messages,
      Consumer<String> openArticle) {
    Button button = new Button(messages.get(key, article.title()));
    button.setId(id);
    button.setAccessibleText(messages.get(key + ".label", article.title()));
    button.setWrapText(true);
    button.setOnAction(e -> openArticle.accept(article.id()));
    return button;
  }

  /** What follows the body: "Read next" with the related articles, then the sources. */
  static List<Node> end(
      Article article,
      List<ArticleSummary> relatedArticles,
      Messages messages,
      Consumer<String> openArticle) {
    List<Node> page = new ArrayList<>();
    if (!relatedArticles.isEmpty()) {
      page.add(heading(messages.get("article.related"), null));
      VBox related = new VBox();
      related.setId("relatedArticles");
      related.getStyleClass().add(Styles.RELATED);
      for (ArticleSummary next : relatedArticles) {
        Hyperlink link = new Hyperlink(next.title());
        link.getStyleClass().add(Styles.ARTICLE_LINK);
        link.setWrapText(true);
        link.setOnAction(e -> openArticle.accept(next.id()));
        related.getChildren().add(link);
      }
      page.add(related);
    }
    page.add(heading(messages.get("article.sources"), null));
    VBox sources = new VBox();
    sources.setId("articleSources");
    sources.getStyleClass().add(Styles.SOURCES);
    for (Source source : article.sources()) {
      TextFlow entry =
          new TextFlow(
              styled(source.title(), null),
              styled(" \u2014 " + source.publisher() + ". ", Styles.SOURCE_PUBLISHER),
              styled(source.url(), Styles.EXTERNAL_ADDRESS));
      entry.getStyleClass().add(Styles.SOURCE);
      sources.getChildren().add(entry);
    }
    page.add(sources);
    return page;
  }
}
