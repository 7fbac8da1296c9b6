package org.careshelf.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;

/** Find in this article: every place marked, in the page, and the text as it was once cleared. */
class FindInPageTest {

  @Test
  void marksEveryPlaceIgnoringCaseAndPutsEachInThePage() {
    Text run = new Text("Fever first; then a fever again.");
    Text whole = new Text("fever");
    TextFlow flow = new TextFlow(run, whole);
    VBox page = new VBox(flow);

    List<Text> found = FindInPage.mark(page, "FEVER");

    assertThat(found).hasSize(3).allMatch(t -> t.getParent() == flow);
    assertThat(found).extracting(Text::getText).containsExactly("Fever", "fever", "fever");
    assertThat(flow.getChildren())
        .map(n -> ((Text) n).getText())
        .containsExactly("Fever", " first; then a ", "fever", " again.", "fever");
  }

  @Test
  void clearingJoinsTheRunsItSplit() {
    TextFlow flow = new TextFlow(new Text("a fever, a fever"), new Text(" and more"));
    VBox page = new VBox(flow);
    FindInPage.mark(page, "fever");

    FindInPage.clear(page);

    assertThat(flow.getChildren())
        .map(n -> ((Text) n).getText())
        .containsExactly("a fever, a fever", " and more");
    assertThat(flow.getChildren()).allMatch(n -> !n.getStyleClass().contains(FindInPage.STYLE));
  }

  @Test
  void aBlankSearchMarksNothing() {
    VBox page = new VBox(new TextFlow(new Text("words")));
    assertThat(FindInPage.mark(page, "  ")).isEmpty();
  }
}
