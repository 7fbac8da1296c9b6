package org.careshelf.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MarkdownRendererTest {

  static final org.careshelf.ui.Messages MESSAGES =
      org.careshelf.ui.Messages.forLocale(java.util.Locale.ENGLISH);

  final List<String> opened = new ArrayList<>();
  final List<String> explained = new ArrayList<>();
  final MarkdownRenderer renderer =
      new MarkdownRenderer(MESSAGES, opened::add, (node, term) -> explained.add(term));

  @Test
  void rendersHeadingsAndParagraphsAsTextFlows() {
    VBox body = renderer.render("## Side effects\n\nA fever is common.\nIt passes.");

    assertThat(body.getChildren()).hasSize(2).allMatch(TextFlow.class::isInstance);
    assertThat(body.getChildren().get(0).getStyleClass()).contains("heading", "h3");
    assertThat(text(body.getChildren().get(1))).isEqualTo("A fever is common. It passes.");
  }

  @Test
  void putsTheClinicsNumberAtTheTopOfTheCareTeamSectionOnly() {
    org.careshelf.content.Clinic clinic =
        new org.careshelf.content.Clinic(
            "City Cancer Center",
            List.of(
                new org.careshelf.content.Clinic.Phone("weekdays", "555-0100"),
                new org.careshelf.content.Clinic.Phone("nights and weekends", "555-0199")),
            "Call 911 in an emergency.",
            "",
            "");
    String markdown =
        "## What to expect\n\nA fever.\n\n## When to call your care team:\n\n- A fever.\n\n"
            + "> ## When to call your care team\n>\n> Quoted, not a section.\n";
    assertThat(renderer.render(markdown).lookupAll("#careTeamCall")).isEmpty();

    renderer.showClinic(() -> java.util.Optional.of(clinic));
    VBox body = renderer.render(markdown);

    assertThat(body.lookupAll("#careTeamCall")).hasSize(1);
    assertThat(body.getChildren().get(3).getId()).isEqualTo("careTeamCall");
    assertThat(body.getChildren().get(3).getAccessibleText())
        .isEqualTo(
            "Call City Cancer Center at 555-0100 (weekdays) or 555-0199 (nights and weekends)."
                + " Call 911 in an emergency.");
  }

  @Test
  void stylesEmphasis() {
    VBox body = renderer.render("Plain *soft* and **strong**.");

    List<Text> texts = texts(body);
    assertThat(texts)
        .filteredOn(t -> t.getText().equals("soft"))
        .first()
        .matches(t -> t.getStyleClass().contains("em"));
    assertThat(texts)
        .filteredOn(t -> t.getText().equals("strong"))
        .first()
        .matches(t -> t.getStyleClass().contains("strong"));
  }

  @Test
  void rendersBulletAndNumberedListsWithMarkers() {
    VBox body = renderer.render("- one\n- two\n\n3. three\n4. four\n");

    assertThat(body.getChildren()).hasSize(2);
    assertThat(body.getChildren().get(0).getStyleClass()).contains("bullet-list");
    assertThat(((VBox) body.getChildren().get(0)).getChildren()).hasSize(2);
    VBox numbered = (VBox) body.getChildren().get(1);
    assertThat(numbered.getChildren())
        .map(
            row ->
                ((javafx.scene.control.Label) ((Parent) row).getChildrenUnmodifiable().get(0))
                        .getText()
                    + text(row))
        .containsExactly("3.three", "4.four");
  }

  @Test
  void rendersBlockQuotes() {
    VBox body = renderer.render("> Take it one day at a time.");

    assertThat(body.getChildren().get(0).getStyleClass()).contains("blockquote");
    assertThat(text(body.getChildren().get(0))).isEqualTo("Take it one day at a time.");
  }

  @Test
  void rendersTablesAsGrids() {
    VBox body = renderer.render("| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n");

    GridPane grid =
        (GridPane) ((javafx.scene.layout.StackPane) body.getChildren().get(0)).getChildren().get(0);
    assertThat(grid.getChildren()).hasSize(6);
    assertThat(GridPane.getRowIndex(grid.getChildren().get(5))).isEqualTo(2);
    assertThat(text(grid.getChildren().get(0))).isEqualTo("A");
  }

  @Test
  void aTableTooNarrowForItsColumnsStacksEachRowUnderItsHeaders() throws Exception {
    VBox body =
        renderer.render("| Name | Meaning |\n|---|---|\n| CRS | Cytokine release syndrome |\n");
    javafx.scene.layout.StackPane table = (javafx.scene.layout.StackPane) body.getChildren().get(0);

    WaitForAsyncUtils.asyncFx(
            () -> {
              javafx.scene.Scene scene = new javafx.scene.Scene(body, 200, 400);
              body.applyCss();
              body.layout();
              return scene;
            })
        .get();
    WaitForAsyncUtils.waitForFxEvents();

    VBox stacked = (VBox) table.getChildren().get(0);
    assertThat(stacked.getStyleClass()).contains("table-stacked");
    VBox row = (VBox) stacked.getChildren().get(0);
    assertThat(row.getChildren())
        .map(MarkdownRendererTest::text)
        .containsExactly("Name", "CRS", "Meaning", "Cytokine release syndrome");
  }

  @Test
  void autolinksLoseTheirBracketsAndReferenceLinksShowTheirWords() {
    VBox body =
        renderer.render(
            "See <https://www.cancer.gov/> and [the NCI][1].\n\n[1]: https://www.cancer.gov/one\n");

    assertThat(body.getChildren()).hasSize(1);
    assertThat(text(body.getChildren().get(0)))
        .isEqualTo("See https://www.cancer.gov/ and the NCI.");
  }

  @Test
  void anArticleNestedTooDeepToLayOutSaysSoInsteadOfOverflowing() {
    VBox body = renderer.render("- ".repeat(1000) + "item\n");

    assertThat(body.getChildren()).hasSize(1);
    assertThat(text(body.getChildren().get(0))).startsWith("This article is written in a way");
  }

  @Test
  void articleLinksNavigate() {
    VBox body = renderer.render("Read [how it works](how-car-t-works) next.");

    Hyperlink link = (Hyperlink) find(body, Hyperlink.class).get(0);
    link.fire();

    assertThat(link.getText()).isEqualTo("how it works");
    assertThat(opened).containsExactly("how-car-t-works");
  }

  @Test
  void glossaryTermsAreMarkedFocusableAndExplainedOnClick() {
    VBox body =
        renderer.render(
            "A [fever](glossary:Fever) or [CRS](glossary:Cytokine%20release%20syndrome).");

    List<Hyperlink> terms = find(body, Hyperlink.class);
    terms.get(1).fire();

    assertThat(terms).hasSize(2);
    assertThat(terms.get(1).getText()).isEqualTo("CRS");
    assertThat(terms.get(1).getStyleClass()).contains("glossary-term");
    assertThat(terms.get(1).isFocusTraversable()).isTrue();
    assertThat(terms.get(1).getAccessibleHelp()).contains("Cytokine release syndrome");
    assertThat(explained).containsExactly("Cytokine release syndrome");
    assertThat(opened).isEmpty();
  }

  @Test
  void aSentenceWithAGlossaryTermReadsAsWrittenToAScreenReader() throws Exception {
    VBox body = renderer.render("A [fever](glossary:Fever) often passes.");

    Object spoken =
        WaitForAsyncUtils.asyncFx(
                () -> body.getChildren().get(0).queryAccessibleAttribute(AccessibleAttribute.TEXT))
            .get();

    assertThat(spoken).isEqualTo("A fever often passes.");
  }

  @Test
  void enterOnAGlossaryTermExplainsIt() {
    VBox body = renderer.render("A [fever](glossary:Fever).");
    Hyperlink term = find(body, Hyperlink.class).get(0);

    javafx.event.Event.fireEvent(
        term,
        new javafx.scene.input.KeyEvent(
            javafx.scene.input.KeyEvent.KEY_PRESSED,
            "",
            "",
            javafx.scene.input.KeyCode.ENTER,
            false,
            false,
            false,
            false));

    assertThat(explained).containsExactly("Fever");
  }

  @Test
  void withoutAGlossaryTermsReadAsPlainWords() {
    VBox body =
        new MarkdownRenderer(MESSAGES, opened::add).render("A [fever](glossary:Fever) passes.");

    assertThat(find(body, Hyperlink.class)).isEmpty();
    assertThat(text(body)).isEqualTo("A fever passes.");
  }

  @Test
  void webLinksShowTheirAddressAndAreNotControls() {
    VBox body = renderer.render("See [the FDA](https://www.fda.gov/) for more.");

    assertThat(find(body, Hyperlink.class)).isEmpty();
    assertThat(text(body)).isEqualTo("See the FDA (https://www.fda.gov/) for more.");
  }

  @Test
  void rawHtmlIsNeverInterpreted() {
    VBox body = renderer.render("Hi <b>there</b>.\n\n<script>alert(1)</script>\n\nEnd.");

    assertThat(text(body)).doesNotContain("<").doesNotContain("alert").contains("Hi there.");
  }

  @Test
  void articleTextIsExposedToAssistiveTechnology() throws Exception {
    VBox body = renderer.render("## Going home\n\nYou will need a caregiver with you.");

    List<Object> spoken =
        WaitForAsyncUtils.asyncFx(
                () ->
                    body.getChildren().stream()
                        .map(n -> n.queryAccessibleAttribute(AccessibleAttribute.TEXT))
                        .collect(Collectors.toList()))
            .get();

    assertThat(spoken).containsExactly("Going home", "You will need a caregiver with you.");
  }

  @Test
  void everyBundledArticleShowsItsPassagesInOrderSoReadAloudCanMarkThem() throws Exception {
    java.nio.file.Path db =
        java.nio.file.Path.of(
            MarkdownRendererTest.class
                .getResource(org.careshelf.library.LibraryInstaller.BUNDLED)
                .toURI());
    try (org.careshelf.library.LibraryReader store = org.careshelf.library.LibraryReader.open(db)) {
      for (org.careshelf.library.ArticleSummary summary : store.articleSummaries()) {
        org.careshelf.library.Article a = store.article(summary.id()).orElseThrow();
        List<TextFlow> flows = new ArrayList<>();
        SentenceMark.collectFlows(renderer.render(a.body()), flows);
        List<String> shown = flows.stream().map(MarkdownRendererTest::flowText).toList();
        List<String> passages =
            org.careshelf.content.Passages.of(a.title(), a.summary(), a.body()).stream()
                .skip(2)
                .map(org.careshelf.content.Passage::text)
                .toList();
        assertThat(shown).as(a.id()).isEqualTo(passages);
      }
    }
  }

  /** A flow's words as read aloud counts them: its texts and its links' words, in order. */
  static String flowText(TextFlow flow) {
    StringBuilder words = new StringBuilder();
    for (Node child : flow.getChildren()) {
      if (child instanceof Text t) {
        words.append(t.getText());
      } else if (child instanceof javafx.scene.control.Labeled l) {
        words.append(l.getText());
      }
    }
    return words.toString();
  }

  static String text(Node node) {
    return texts(node).stream().map(Text::getText).collect(Collectors.joining())
        + find(node, Hyperlink.class).stream().map(h -> "").collect(Collectors.joining());
  }

  static List<Text> texts(Node node) {
    return find(node, Text.class);
  }

  @SuppressWarnings("unchecked")
  static <T extends Node> List<T> find(Node node, Class<T> type) {
    List<T> found = new ArrayList<>();
    if (type.isInstance(node)) {
      found.add((T) node);
    }
    if (node instanceof Parent parent && !(node instanceof Hyperlink)) {
      parent.getChildrenUnmodifiable().forEach(child -> found.addAll(find(child, type)));
    }
    return found;
  }
}
