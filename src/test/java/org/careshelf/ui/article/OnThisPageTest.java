package org.careshelf.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.careshelf.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** "On this page": a folded list of a long article's parts, each a link to its heading. */
@ExtendWith(ApplicationExtension.class)
class OnThisPageTest {

  static final Messages MESSAGES = Messages.forLocale(Locale.ENGLISH);
  final MarkdownRenderer renderer = new MarkdownRenderer(MESSAGES, id -> {});

  @Test
  void aLongArticleListsEachPartAndALinkGoesToIt() {
    VBox body =
        renderer.render(
            "Intro.\n\n## What it is\n\nA.\n\n## Who can get it\n\nB.\n\n## Side effects\n\nC.\n\n"
                + "## When to call your care team\n\nD.\n");
    List<Node> visited = new ArrayList<>();

    TitledPane pane = (TitledPane) OnThisPage.of(body, MESSAGES, visited::add).orElseThrow();

    assertThat(pane.isExpanded()).isFalse();
    assertThat(pane.getText()).isEqualTo("On this page (4 parts)");
    List<Hyperlink> links =
        ((VBox) pane.getContent()).getChildren().stream().map(n -> (Hyperlink) n).toList();
    assertThat(links)
        .extracting(Hyperlink::getText)
        .containsExactly(
            "What it is", "Who can get it", "Side effects", "When to call your care team");
    links.get(2).fire();
    assertThat(visited)
        .singleElement()
        .satisfies(n -> assertThat(n.getAccessibleText()).isEqualTo("Side effects"));
  }

  @Test
  void aShortArticleHasNone() {
    VBox body = renderer.render("## One\n\nA.\n\n## Two\n\nB.\n");
    assertThat(OnThisPage.of(body, MESSAGES, n -> {})).isEmpty();
  }
}
