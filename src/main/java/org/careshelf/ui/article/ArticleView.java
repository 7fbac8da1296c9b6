package org.careshelf.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.careshelf.library.Article;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.Source;
import org.careshelf.search.WordMatcher;
import org.careshelf.speech.Script;
import org.careshelf.ui.Messages;
import org.careshelf.ui.PageView;
import org.careshelf.ui.Styles;

/**
 * Shows one article: title, summary, body, the way to the previous and next article, related
 * articles and sources; remembers how far down the reader is.
 */
public final class ArticleView extends PageView {

  private final MarkdownRenderer renderer;
  private final Consumer<String> openArticle;
  private final Messages messages;
  private java.util.function.Function<org.careshelf.library.Article, javafx.scene.Node> takeAway;
  private final ArticleViewModel model;
  private String shownId;
  private String highlightId;
  private WordMatcher highlight = WordMatcher.NONE;
  private final PauseTransition settle = new PauseTransition(Duration.seconds(1));
  private boolean restoring;
  // The flows of the shown article in the order of its passages: title, summary, then the body.
  private final List<TextFlow> readable = new ArrayList<>();
  private final SentenceMark mark = new SentenceMark();
  private Supplier<Optional<SelectionStart>> selection = Optional::empty;

  /** Where the reader's selection starts: in which flow of the article, at which character. */
  public record SelectionStart(TextFlow flow, int offset) {}

  /**
   * {@code openArticle} is called with an article id when the reader follows a link; {@code
   * positionChanged} hears how far down the reader is once scrolling settles.
   */
  public ArticleView(
      ArticleViewModel model,
      MarkdownRenderer renderer,
      Messages messages,
      Consumer<String> openArticle,
      Consumer<Double> positionChanged) {
    super("articleView", messages.get("article.label"), Styles.ARTICLE_PAGE);
    this.openArticle = openArticle;
    this.renderer = renderer;
    this.messages = messages;
    this.model = model;
    getStyleClass().add(Styles.ARTICLE_VIEW);
    model
        .readingProperty()
        .addListener(
            (obs, old, reading) -> {
              // Nothing to show once a kiosk forgets the article; the next one replaces it.
              if (reading != null) {
                show(reading);
              }
            });
    model
        .messageProperty()
        .addListener(
            (obs, old, message) -> {
              if (message != null) {
                showMessage(message);
              }
            });
    settle.setOnFinished(e -> positionChanged.accept(getVvalue()));
    vvalueProperty()
        .addListener(
            (obs, old, now) -> {
              if (!restoring) {
                settle.playFromStart();
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

  /** Marks the search's words and scrolls to the first; false when there is nothing to mark. */
  private boolean highlightMatches(String articleId) {
    if (!articleId.equals(highlightId)) {
      return false;
    }
    WordMatcher matcher = highlight;
    highlightId = null;
    highlight = WordMatcher.NONE;
    javafx.scene.text.Text first = SearchHighlighter.mark(page, matcher);
    if (first == null) {
      return false;
    }
    applyCss();
    layout();
    double top = page.sceneToLocal(first.localToScene(first.getBoundsInLocal())).getMinY();
    double room = page.getHeight() - getViewportBounds().getHeight();
    setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (top - 48) / room)));
    return true;
  }

  /**
   * Adds what {@code takeAway} makes of each article after its sources: a kiosk's QR code of the
   * first source, for a reader to carry the article away on a phone.
   */
  public void showTakeAway(
      java.util.function.Function<org.careshelf.library.Article, javafx.scene.Node> takeAway) {
    this.takeAway = takeAway;
  }

  /**
   * Tells where the reader's text selection starts, when there is one: read aloud then starts at
   * its sentence. (The article view has no selection yet; this is where it plugs in.)
   */
  public void useSelection(Supplier<Optional<SelectionStart>> selection) {
    this.selection = selection;
  }

  /** Marks the line {@code readAloud} speaks, keeps it in view, and follows the article shown. */
  public void readAloud(ReadAloudViewModel readAloud) {
    model
        .readingProperty()
        .addListener(
            (obs, old, reading) -> readAloud.show(reading == null ? null : reading.article()));
    readAloud
        .lineProperty()
        .addListener(
            (obs, old, line) -> {
              if (line == null || line.passage() >= readable.size()) {
                mark.clear();
              } else {
                TextFlow flow = readable.get(line.passage());
                keepInView(flow, mark.show(flow, line));
              }
            });
  }

  /** Scrolls so that {@code shown} is in view, a little below the top, if it is not already. */
  private void keepInView(TextFlow flow, javafx.scene.Node shown) {
    applyCss();
    layout();
    Bounds bounds = page.sceneToLocal(shown.localToScene(shown.getBoundsInLocal()));
    double viewport = getViewportBounds().getHeight();
    double room = page.getHeight() - viewport;
    double top = room <= 0 ? 0 : getVvalue() * room;
    if (room > 0 && (bounds.getMinY() < top || bounds.getMaxY() > top + viewport)) {
      restoring = true;
      setVvalue(Math.max(0, Math.min(1, (bounds.getMinY() - viewport / 4) / room)));
      restoring = false;
      settle.playFromStart();
    }
  }

  /**
   * The line of {@code script} to start reading at: the selection's sentence, else the first
   * sentence whose top is in view, else the title.
   */
  public int readAloudStart(Script script) {
    List<Script.Line> lines = script.lines();
    Optional<SelectionStart> selected = selection.get();
    if (selected.isPresent()) {
      int passage = readable.indexOf(selected.get().flow());
      for (int i = 0; i < lines.size() && passage >= 0; i++) {
        if (lines.get(i).passage() == passage && lines.get(i).end() > selected.get().offset()) {
          return i;
        }
      }
    }
    double room = page.getHeight() - getViewportBounds().getHeight();
    if (room <= 0 || getVvalue() <= 0) {
      return 0;
    }
    return mark.firstFrom(page, readable, script, getVvalue() * room);
  }

  /** How far down the article the reader is, from 0 (top) to 1 (end). */
  public double position() {
    return getVvalue();
  }

  private void showMessage(String message) {
    page.getChildren()
        .setAll(heading(messages.get("article.sorry"), "articleTitle"), paragraph(message));
    setVvalue(0);
  }

  private void show(ArticleViewModel.Reading reading) {
    Article article = reading.article();
    setAccessibleText(article.title());
    page.getChildren().clear();
    readable.clear();
    TextFlow title = heading(article.title(), "articleTitle");
    page.getChildren().add(title);
    TextFlow summary = paragraph(article.summary());
    readable.add(title);
    readable.add(summary);
    summary.setId("articleSummary");
    summary.getStyleClass().add(Styles.SUMMARY);
    page.getChildren().add(summary);
    VBox body = renderer.render(article.body());
    body.setId("articleBody");
    page.getChildren().add(body);
    SentenceMark.collectFlows(body, readable);
    page.getChildren().add(neighbours(reading.previous(), reading.next()));
    if (!reading.related().isEmpty()) {
      page.getChildren().add(heading(messages.get("article.related"), null));
      VBox related = new VBox();
      related.setId("relatedArticles");
      related.getStyleClass().add(Styles.RELATED);
      for (ArticleSummary next : reading.related()) {
        Hyperlink link = new Hyperlink(next.title());
        link.getStyleClass().add(Styles.ARTICLE_LINK);
        link.setWrapText(true);
        link.setOnAction(e -> openArticle.accept(next.id()));
        related.getChildren().add(link);
      }
      page.getChildren().add(related);
    }
    page.getChildren().add(heading(messages.get("article.sources"), null));
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
    page.getChildren().add(sources);
    if (takeAway != null) {
      page.getChildren().add(takeAway.apply(article));
    }
    Label reviewed = new Label(messages.get("article.reviewed", messages.date(article.reviewed())));
    reviewed.setId("articleReviewed");
    reviewed.getStyleClass().add(Styles.REVIEWED);
    reviewed.setWrapText(true);
    page.getChildren().add(reviewed);
    shownId = article.id();
    if (!highlightMatches(article.id())) {
      restore(reading.position());
    }
  }

  /** Scrolls to the saved place once the new page has its height. */
  private void restore(double position) {
    restoring = true;
    setVvalue(0);
    Platform.runLater(
        () -> {
          applyCss();
          layout();
          setVvalue(position);
          restoring = false;
        });
  }

  private HBox neighbours(Optional<ArticleSummary> previous, Optional<ArticleSummary> next) {
    HBox row = new HBox();
    row.setId("articleNeighbours");
    row.getStyleClass().add(Styles.ARTICLE_NAV);
    previous.ifPresent(
        p -> row.getChildren().add(neighbour("previousArticle", "article.previous", p)));
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    row.getChildren().add(gap);
    next.ifPresent(n -> row.getChildren().add(neighbour("nextArticle", "article.next", n)));
    return row;
  }

  private Button neighbour(String id, String key, ArticleSummary article) {
    Button button = new Button(messages.get(key, article.title()));
    button.setId(id);
    button.setWrapText(true);
    button.setOnAction(e -> openArticle.accept(article.id()));
    return button;
  }

  private static TextFlow heading(String words, String id) {
    TextFlow flow = new TextFlow(styled(words, null));
    flow.getStyleClass().addAll(Styles.HEADING, id == null ? Styles.H2 : Styles.H1);
    if (id != null) {
      flow.setId(id);
    }
    return flow;
  }

  private static TextFlow paragraph(String words) {
    TextFlow flow = new TextFlow(styled(words, null));
    flow.getStyleClass().add(Styles.PARAGRAPH);
    return flow;
  }

  private static Text styled(String words, String style) {
    Text text = new Text(words);
    text.getStyleClass().add(Styles.ARTICLE_TEXT);
    if (style != null) {
      text.getStyleClass().add(style);
    }
    return text;
  }
}
