package org.careshelf.ui.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
 * terms and the articles it appears in, as one list that builds only the cards in sight.
 */
public final class GlossaryView extends BorderPane {

  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** A row of the list: the header (title, filter, letters), a term, or word that none match. */
  private sealed interface Row {}

  private record Header() implements Row {}

  private record Nothing() implements Row {}

  private record Entry(GlossaryTerm term) implements Row {}

  private static final Row HEADER = new Header();
  private static final Row NOTHING = new Nothing();

  private final GlossaryViewModel model;
  private final Messages messages;
  private final Consumer<String> openArticle;
  // A list, not a column of every card: 218 cards of links held 41 MB of heap for as long as the
  // reader ran, which a kiosk's small heap spent collecting.
  private final ListView<Row> list = new ListView<>();
  private final FlowPane letters = new FlowPane();
  private final VBox header;

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
    // The header is the list's first row, so that at large text sizes it scrolls away with the
    // words instead of crowding them out.
    header = new VBox(12, title, filter, letters);
    header.getStyleClass().add(Styles.GLOSSARY_TOP);
    list.setId("glossaryTerms");
    list.getStyleClass().add(Styles.GLOSSARY_LIST);
    list.setAccessibleText(messages.get("glossary.title"));
    list.setCellFactory(view -> new Cell());
    ListScrolling.install(list);
    setCenter(list);

    model.shownTerms().addListener((ListChangeListener<GlossaryTerm>) change -> fill());
    model.selectedProperty().addListener((obs, old, term) -> reveal(term));
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, row) -> {
              // Only a term is chosen; the header and the "none" row are not things to pick.
              if (row != null && !(row instanceof Entry)) {
                Platform.runLater(() -> list.getSelectionModel().clearSelection());
              }
            });
    fill();
  }

  private void fill() {
    List<Row> rows = new ArrayList<>();
    rows.add(HEADER);
    if (model.shownTerms().isEmpty()) {
      rows.add(NOTHING);
    }
    model.shownTerms().forEach(term -> rows.add(new Entry(term)));
    list.getItems().setAll(rows);
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

  /** A row's cell: its node is made when the row comes into sight and dropped when it leaves. */
  private final class Cell extends ListCell<Row> {

    Cell() {
      setPrefWidth(0);
      setMinWidth(0);
      setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
    }

    // A labeled cell asks its graphic's height for no width, so wrapped words would be cut off;
    // the card's height is the one for the width it will have.
    @Override
    protected double computePrefHeight(double width) {
      Node graphic = getGraphic();
      if (graphic == null) {
        return super.computePrefHeight(width);
      }
      double inner = room(graphic, width > 0 ? width : getWidth());
      return snappedTopInset() + graphic.prefHeight(inner) + snappedBottomInset();
    }

    /**
     * How wide {@code graphic} is in a cell {@code outer} wide: inside the padding, at most its own
     * most.
     */
    private double room(Node graphic, double outer) {
      return Math.min(
          graphic.maxWidth(-1), Math.max(0, outer - snappedLeftInset() - snappedRightInset()));
    }

    // And it lays the graphic out at that unwrapped height; the card fills the cell instead.
    @Override
    protected void layoutChildren() {
      super.layoutChildren();
      Node graphic = getGraphic();
      if (graphic != null) {
        graphic.resizeRelocate(
            snappedLeftInset(),
            snappedTopInset(),
            room(graphic, getWidth()),
            Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset()));
      }
    }

    @Override
    protected void updateItem(Row row, boolean empty) {
      super.updateItem(row, empty);
      setText(null);
      getStyleClass().remove(Styles.GLOSSARY_HEADER);
      if (empty || row == null) {
        setGraphic(null);
        setAccessibleText(null);
        return;
      }
      Node node;
      if (row instanceof Entry entry) {
        node = card(entry.term());
      } else if (row instanceof Header) {
        node = header;
        getStyleClass().add(Styles.GLOSSARY_HEADER);
      } else {
        node = mutedLabel(messages.get("glossary.none"));
        node.setAccessibleText(messages.get("glossary.none"));
      }
      setGraphic(node);
      setAccessibleText(node.getAccessibleText());
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

  /**
   * Clears the filter and the chosen term and goes back to the top, also when no term was chosen:
   * for kiosks, between readers.
   */
  public void reset() {
    model.reset();
    reveal(null);
  }

  /** Scrolls to a term's card and gives the keyboard focus to the list, at that term. */
  private void reveal(GlossaryTerm term) {
    if (term == null) {
      // Cleared between kiosk readers: the next one starts at the top.
      list.getSelectionModel().clearSelection();
      list.scrollTo(0);
      return;
    }
    int index = list.getItems().indexOf(new Entry(term));
    if (index < 0) {
      return;
    }
    list.getSelectionModel().clearAndSelect(index);
    list.getFocusModel().focus(index);
    list.scrollTo(index);
    if (list.getScene() != null) {
      list.requestFocus();
    } else {
      // Chosen before the page is shown: focus follows once the page is in the window.
      list.sceneProperty()
          .addListener(
              new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(
                    javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                    javafx.scene.Scene old,
                    javafx.scene.Scene scene) {
                  if (scene != null) {
                    list.sceneProperty().removeListener(this);
                    Platform.runLater(list::requestFocus);
                  }
                }
              });
    }
  }
}
