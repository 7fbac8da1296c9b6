package org.careshelf.ui.glossary;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.GlossaryTerm;
import org.careshelf.ui.Messages;
import org.careshelf.ui.Styles;
import org.controlsfx.control.textfield.TextFields;

/**
 * The glossary: a filter field, an A-Z bar and every term with its definition, other names, related
 * terms and the articles it appears in.
 */
public final class GlossaryView extends BorderPane {

  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private final GlossaryViewModel model;
  private final Messages messages;
  private final Consumer<String> openArticle;
  private final VBox terms = new VBox();
  private final ScrollPane scroll = new ScrollPane();
  private final FlowPane letters = new FlowPane();
  private final Map<GlossaryTerm, Node> cards = new HashMap<>();

  public GlossaryView(GlossaryViewModel model, Messages messages, Consumer<String> openArticle) {
    this.model = model;
    this.messages = messages;
    this.openArticle = openArticle;
    setId("glossaryView");
    getStyleClass().add(Styles.PAGE_VIEW);
    setAccessibleText(messages.get("glossary.title"));

    Label title = new Label(messages.get("glossary.title"));
    title.getStyleClass().add(Styles.PAGE_TITLE);
    TextField filter = TextFields.createClearableTextField();
    filter.setId("glossaryFilter");
    filter.setPromptText(messages.get("glossary.filter.prompt"));
    filter.setAccessibleText(messages.get("glossary.filter.label"));
    filter.textProperty().bindBidirectional(model.filterProperty());
    letters.setId("glossaryLetters");
    letters.getStyleClass().addAll(Styles.LETTERS, Styles.TILES);
    letters.setAccessibleText(messages.get("glossary.letters"));
    letters.setMinWidth(0);
    letters.prefWrapLengthProperty().bind(letters.widthProperty());
    terms.setId("glossaryTerms");
    terms.setSpacing(12);
    // One scrolling page, so that at large text sizes the header never crowds out the words.
    VBox page = new VBox(12, title, filter, letters, terms);
    page.getStyleClass().add(Styles.PAGE);
    scroll.setContent(page);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add(Styles.PAGE_VIEW);
    setCenter(scroll);

    model.shownTerms().addListener((ListChangeListener<GlossaryTerm>) change -> fill());
    model.selectedProperty().addListener((obs, old, term) -> reveal(term));
    fill();
  }

  private void fill() {
    cards.clear();
    terms.getChildren().clear();
    if (model.shownTerms().isEmpty()) {
      Label none = new Label(messages.get("glossary.none"));
      none.getStyleClass().add(Styles.PAGE_TEXT);
      none.setWrapText(true);
      terms.getChildren().add(none);
    }
    for (GlossaryTerm term : model.shownTerms()) {
      Node card = card(term);
      cards.put(term, card);
      terms.getChildren().add(card);
    }
    var present = model.letters();
    letters.getChildren().clear();
    for (char letter : LETTERS.toCharArray()) {
      Button jump = new Button(String.valueOf(letter));
      jump.setAccessibleText(messages.get("glossary.letter", String.valueOf(letter)));
      jump.setDisable(!present.contains(letter));
      jump.setOnAction(e -> model.firstWith(letter).ifPresent(this::reveal));
      letters.getChildren().add(jump);
    }
  }

  private Node card(GlossaryTerm term) {
    Label name = new Label(term.term());
    name.getStyleClass().add(Styles.CARD_TITLE);
    name.setWrapText(true);
    Label definition = new Label(term.definition());
    definition.getStyleClass().add(Styles.PAGE_TEXT);
    definition.setWrapText(true);
    VBox card = new VBox(name);
    if (!term.aliases().isEmpty()) {
      Label aliases =
          new Label(messages.get("glossary.aliases", String.join(", ", term.aliases())));
      aliases.getStyleClass().addAll(Styles.PAGE_TEXT, Styles.MUTED);
      aliases.setWrapText(true);
      card.getChildren().add(aliases);
    }
    card.getChildren().add(definition);
    if (!term.seeAlso().isEmpty()) {
      // A text flow, so a long name wraps as words do; a flow pane cannot make one narrower.
      javafx.scene.text.TextFlow see = new javafx.scene.text.TextFlow();
      see.setMinWidth(0);
      for (String other : term.seeAlso()) {
        javafx.scene.text.Text before =
            new javafx.scene.text.Text(
                see.getChildren().isEmpty() ? messages.get("glossary.seeAlso") + " " : ", ");
        before.getStyleClass().add(Styles.MUTED_TEXT);
        Hyperlink link = new org.careshelf.ui.WrappingLink(other);
        link.setOnAction(e -> model.select(other));
        see.getChildren().addAll(before, link);
      }
      card.getChildren().add(see);
    }
    var articles = model.appearsIn(term);
    if (!articles.isEmpty()) {
      // One title a line: a row of long titles would make the card wider than the window.
      VBox in = new VBox(mutedLabel(messages.get("glossary.appearsIn")));
      for (ArticleSummary article : articles) {
        Hyperlink link = wrapping(new Hyperlink(article.title()));
        link.getStyleClass().add(Styles.ARTICLE_LINK);
        link.setOnAction(e -> openArticle.accept(article.id()));
        in.getChildren().add(link);
      }
      card.getChildren().add(in);
    }
    card.getStyleClass().add(Styles.CARD);
    card.setFocusTraversable(true);
    card.setAccessibleText(term.term() + ": " + term.definition());
    return card;
  }

  private static Label mutedLabel(String words) {
    Label label = new Label(words);
    label.getStyleClass().addAll(Styles.PAGE_TEXT, Styles.MUTED);
    label.setWrapText(true);
    return label;
  }

  /** A link whose words wrap, so a long one never makes its card wider than the page. */
  private static Hyperlink wrapping(Hyperlink link) {
    link.setWrapText(true);
    link.setMinWidth(0);
    link.setMaxWidth(Double.MAX_VALUE);
    return link;
  }

  /** Scrolls to a term's card and gives it the keyboard focus. */
  private void reveal(GlossaryTerm term) {
    Node card = term == null ? null : cards.get(term);
    if (card == null) {
      return;
    }
    if (scroll.getScene() == null) {
      // Chosen before the page is shown: the card's place is known once the page is in the window.
      scroll
          .sceneProperty()
          .addListener(
              new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(
                    javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                    javafx.scene.Scene old,
                    javafx.scene.Scene scene) {
                  if (scene != null) {
                    scroll.sceneProperty().removeListener(this);
                    reveal(term);
                  }
                }
              });
      return;
    }
    // The card's position is known only after the whole window is laid out with the page in it.
    Platform.runLater(
        () -> {
          scroll.getScene().getRoot().applyCss();
          scroll.getScene().getRoot().layout();
          double room =
              scroll.getContent().getLayoutBounds().getHeight()
                  - scroll.getViewportBounds().getHeight();
          double top = scroll.getContent().sceneToLocal(card.localToScene(0, 0)).getY();
          scroll.setVvalue(room <= 0 ? 0 : Math.min(1, top / room));
          card.requestFocus();
        });
  }
}
