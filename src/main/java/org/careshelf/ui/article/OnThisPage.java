package org.careshelf.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.careshelf.ui.Messages;
import org.careshelf.ui.Styles;

/**
 * "On this page": the sections of a long article, each a link that scrolls to it; folded at first,
 * so the article's first words stay near the top at large text sizes.
 */
final class OnThisPage {

  /** An article with at least this many sections gets the list. */
  static final int FEWEST = 4;

  private OnThisPage() {}

  /**
   * The list for the sections of {@code body}, or nothing when it has fewer than {@link #FEWEST}.
   */
  static Optional<Node> of(VBox body, Messages messages, Consumer<Node> goTo) {
    List<Node> sections = new ArrayList<>();
    for (Node block : body.getChildren()) {
      if (block.getStyleClass().contains(Styles.H3)) {
        sections.add(block);
      }
    }
    if (sections.size() < FEWEST) {
      return Optional.empty();
    }
    VBox links = new VBox();
    links.getStyleClass().add(Styles.ON_THIS_PAGE_LINKS);
    for (Node section : sections) {
      String title = section.getAccessibleText();
      Hyperlink link = new Hyperlink(title);
      link.setWrapText(true);
      link.getStyleClass().add(Styles.ARTICLE_LINK);
      link.setOnAction(e -> goTo.accept(section));
      links.getChildren().add(link);
    }
    TitledPane pane = new TitledPane(messages.get("article.onThisPage", sections.size()), links);
    pane.setId("onThisPage");
    pane.getStyleClass().add(Styles.ON_THIS_PAGE);
    pane.setExpanded(false);
    pane.setMinWidth(0);
    pane.setAnimated(false);
    return Optional.of(pane);
  }
}
