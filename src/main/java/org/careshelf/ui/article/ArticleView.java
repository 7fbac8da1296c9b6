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
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.careshelf.library.Article;
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
  private HBox paperRow;
  private final ArticleViewModel model;
  private String shownId;
  private String highlightId;
  private WordMatcher highlight = WordMatcher.NONE;
  private final PauseTransition settle = new PauseTransition(Duration.seconds(1));
  private boolean restoring;
  private FindBar findBar;
  private final org.careshelf.ui.TextSelection selection;
  // The flows of the shown article in the order of its passages: title, summary, then the body.
  private final List<TextFlow> readable = new ArrayList<>();
  private final SentenceMark mark = new SentenceMark();
  private Supplier<Optional<SelectionStart>> selectionStart = Optional::empty;

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
    selection = org.careshelf.ui.TextSelection.install(page, this, () -> !isPannable());
    // Read aloud starts at the sentence the reader selected, when they selected one.
    selectionStart = () -> selection.start().map(p -> new SelectionStart(p.flow(), p.index()));
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

  /** The bar to find words in this article, made on first use. */
  public FindBar findBar() {
    if (findBar == null) {
      findBar = new FindBar(this, messages);
    }
    return findBar;
  }

  /** The column the article is drawn in, for marking words found in it. */
  javafx.scene.Parent content() {
    return page;
  }

  /** Scrolls so that {@code node} is in view, a third of the way down, if it was not. */
  void scrollToShow(javafx.scene.Node node) {
    bringIntoView(node, 3);
  }

  /**
   * Scrolls so that {@code node} is in view, {@code 1/part} of the way down the page, if it is not
   * already; true when it scrolled.
   */
  private boolean bringIntoView(javafx.scene.Node node, double part) {
    applyCss();
    layout();
    Bounds at = page.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
    double viewport = getViewportBounds().getHeight();
    double room = page.getHeight() - viewport;
    double top = room <= 0 ? 0 : getVvalue() * room;
    if (room > 0 && (at.getMinY() < top || at.getMaxY() > top + viewport)) {
      setVvalue(Math.max(0, Math.min(1, (at.getMinY() - viewport / part) / room)));
      return true;
    }
    return false;
  }

  /**
   * Tells where the reader's text selection starts, when there is one: read aloud then starts at
   * its sentence. (The article view has no selection yet; this is where it plugs in.)
   */
  public void useSelection(Supplier<Optional<SelectionStart>> selection) {
    this.selectionStart = selection;
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

  /** Keeps {@code shown}, the line being read, in view, a quarter of the way down the page. */
  private void keepInView(TextFlow flow, javafx.scene.Node shown) {
    restoring = true;
    boolean moved = bringIntoView(shown, 4);
    restoring = false;
    if (moved) {
      settle.playFromStart();
    }
  }

  /**
   * Puts Print (and Save as PDF, unless {@code save} is null, as on a kiosk) above each article.
   */
  public void showPaperActions(Runnable print, Runnable save) {
    paperRow = new HBox(8);
    paperRow.setId("paperActions");
    paperRow.getStyleClass().add(Styles.ARTICLE_NAV);
    Button printButton = new Button(messages.get("print.button"));
    printButton.setId("printButton");
    printButton.setAccessibleText(messages.get("print.button.label"));
    printButton.setOnAction(e -> print.run());
    paperRow.getChildren().add(printButton);
    if (save != null) {
      Button saveButton = new Button(messages.get("print.save"));
      saveButton.setId("savePdfButton");
      saveButton.setAccessibleText(messages.get("print.save.label"));
      saveButton.setOnAction(e -> save.run());
      paperRow.getChildren().add(saveButton);
    }
  }

  /** The words the reader selected, to copy; empty when none are. */
  public String selectedText() {
    return selection.text();
  }

  /**
   * The line of {@code script} to start reading at: the selection's sentence, else the first
   * sentence whose top is in view, else the title.
   */
  public int readAloudStart(Script script) {
    List<Script.Line> lines = script.lines();
    Optional<SelectionStart> selected = selectionStart.get();
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
        .setAll(
            ArticleText.heading(messages.get("article.sorry"), "articleTitle"),
            ArticleText.paragraph(message));
    setVvalue(0);
  }

  private void show(ArticleViewModel.Reading reading) {
    selection.clear();
    Article article = reading.article();
    setAccessibleText(article.title());
    page.getChildren().clear();
    if (paperRow != null) {
      page.getChildren().add(paperRow);
    }
    readable.clear();
    TextFlow title = ArticleText.heading(article.title(), "articleTitle");
    page.getChildren().add(title);
    TextFlow summary = ArticleText.paragraph(article.summary());
    readable.add(title);
    readable.add(summary);
    summary.setId("articleSummary");
    summary.getStyleClass().add(Styles.SUMMARY);
    page.getChildren().add(summary);
    VBox body = renderer.render(article.body());
    body.setId("articleBody");
    OnThisPage.of(body, messages, this::scrollToHeading).ifPresent(page.getChildren()::add);
    page.getChildren().add(body);
    SentenceMark.collectFlows(body, readable);
    page.getChildren()
        .add(ArticleText.neighbours(reading.previous(), reading.next(), messages, openArticle));
    page.getChildren().addAll(ArticleText.end(article, reading.related(), messages, openArticle));
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
    if (findBar != null) {
      findBar.articleShown();
    }
  }

  private void scrollToHeading(javafx.scene.Node heading) {
    applyCss();
    layout();
    double top = page.sceneToLocal(heading.localToScene(heading.getBoundsInLocal())).getMinY();
    double room = page.getHeight() - getViewportBounds().getHeight();
    setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (top - 8) / room)));
    heading.requestFocus();
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
}
