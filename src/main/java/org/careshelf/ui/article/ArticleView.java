package org.careshelf.ui.article;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.careshelf.content.Article;
import org.careshelf.content.ArticleSummary;
import org.careshelf.content.Source;
import org.careshelf.search.WordMatcher;

/** Shows one article: title, summary, body, related articles and sources, in a scroll pane. */
public final class ArticleView extends ScrollPane {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK);

  private final ArticleViewModel model;
  private final MarkdownRenderer renderer;
  private final Consumer<String> openArticle;
  private final VBox page = new VBox();
  private String shownId;
  private String highlightId;
  private WordMatcher highlight = WordMatcher.NONE;

  /** {@code openArticle} is called with an article id when the reader follows a link. */
  public ArticleView(ArticleViewModel model, Consumer<String> openArticle) {
    this.model = model;
    this.openArticle = openArticle;
    this.renderer = new MarkdownRenderer(openArticle);
    setId("articleView");
    getStyleClass().add("article-view");
    setFitToWidth(true);
    setHbarPolicy(ScrollBarPolicy.NEVER);
    setAccessibleText("Article");
    page.getStyleClass().add("article-page");
    page.setPadding(new Insets(24, 40, 48, 40));
    setContent(page);
    showWelcome();
    model.readingProperty().addListener((obs, old, reading) -> show(reading));
    model
        .messageProperty()
        .addListener(
            (obs, old, message) -> {
              if (message != null) {
                showMessage(message);
              }
            });
  }

  /**
   * Marks the words {@code matcher} finds when the article {@code articleId} is shown (now, if it
   * is already), and scrolls to the first of them.
   */
  public void highlightNext(String articleId, WordMatcher matcher) {
    highlightId = articleId;
    highlight = matcher;
    if (articleId.equals(shownId)) {
      show(model.readingProperty().get());
    }
  }

  private void highlightMatches(String articleId) {
    if (!articleId.equals(highlightId)) {
      return;
    }
    WordMatcher matcher = highlight;
    highlightId = null;
    highlight = WordMatcher.NONE;
    javafx.scene.text.Text first = SearchHighlighter.mark(page, matcher);
    if (first != null) {
      applyCss();
      layout();
      double top = page.sceneToLocal(first.localToScene(first.getBoundsInLocal())).getMinY();
      double room = page.getHeight() - getViewportBounds().getHeight();
      setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (top - 48) / room)));
    }
  }

  private void showWelcome() {
    page.getChildren()
        .setAll(
            heading("Welcome to CareShelf", "articleTitle"),
            paragraph(
                "Choose a topic on the left, then an article to read. Everything here works"
                    + " without the internet, and nothing you read leaves this computer."));
  }

  private void showMessage(String message) {
    page.getChildren().setAll(heading("Sorry", "articleTitle"), paragraph(message));
    setVvalue(0);
  }

  private void show(ArticleViewModel.Reading reading) {
    Article article = reading.article();
    page.getChildren().clear();
    page.getChildren().add(heading(article.title(), "articleTitle"));
    TextFlow summary = paragraph(article.summary());
    summary.setId("articleSummary");
    summary.getStyleClass().add("summary");
    page.getChildren().add(summary);
    VBox body = renderer.render(article.body());
    body.setId("articleBody");
    page.getChildren().add(body);
    if (!reading.related().isEmpty()) {
      page.getChildren().add(heading("Read next", null));
      VBox related = new VBox();
      related.setId("relatedArticles");
      related.getStyleClass().add("related");
      for (ArticleSummary next : reading.related()) {
        Hyperlink link = new Hyperlink(next.title());
        link.getStyleClass().add("article-link");
        link.setWrapText(true);
        link.setOnAction(e -> openArticle.accept(next.id()));
        related.getChildren().add(link);
      }
      page.getChildren().add(related);
    }
    page.getChildren().add(heading("Sources", null));
    VBox sources = new VBox();
    sources.setId("articleSources");
    sources.getStyleClass().add("sources");
    for (Source source : article.sources()) {
      TextFlow entry =
          new TextFlow(
              styled(source.title(), "source-title"),
              styled(" \u2014 " + source.publisher() + ". ", "source-publisher"),
              styled(source.url(), "external-address"));
      entry.getStyleClass().add("source");
      sources.getChildren().add(entry);
    }
    page.getChildren().add(sources);
    Label reviewed = new Label("Last reviewed " + DATE.format(article.reviewed()));
    reviewed.setId("articleReviewed");
    reviewed.getStyleClass().add("reviewed");
    reviewed.setWrapText(true);
    page.getChildren().add(reviewed);
    setVvalue(0);
    shownId = article.id();
    highlightMatches(article.id());
  }

  private static TextFlow heading(String words, String id) {
    TextFlow flow = new TextFlow(styled(words, "heading-text"));
    flow.getStyleClass().addAll("heading", id == null ? "h2" : "h1");
    if (id != null) {
      flow.setId(id);
    }
    return flow;
  }

  private static TextFlow paragraph(String words) {
    TextFlow flow = new TextFlow(styled(words, null));
    flow.getStyleClass().add("paragraph");
    return flow;
  }

  private static Text styled(String words, String style) {
    Text text = new Text(words);
    text.getStyleClass().add("article-text");
    if (style != null) {
      text.getStyleClass().add(style);
    }
    return text;
  }
}
