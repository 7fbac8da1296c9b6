package org.careshelf.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Link;
import org.junit.jupiter.api.Test;

class MarkdownTest {

  @Test
  void textRunsKeepCellsItemsAndParagraphsApartAndLeaveOutHeadings() {
    String body =
        "Intro **words** here.\n\n## A heading\n\nNext paragraph.\n\n"
            + "- first item\n- second [item](other)\n\n"
            + "| generic | brand |\n|---|---|\n| tisagenlecleucel | Kymriah |\n\n> A quote.\n";

    assertThat(Markdown.textRuns(Markdown.parse(body)))
        .isEqualTo(
            "Intro words here.\nNext paragraph.\nfirst item\nsecond item\ngeneric\nbrand\n"
                + "tisagenlecleucel\nKymriah\nA quote.\n");
  }

  @Test
  void aGlossaryAddressRoundTripsAnyTerm() {
    String term = "Graft-versus-host disease (GVHD) & more + 100%";
    String address = Markdown.glossaryAddress(term);

    assertThat(address).startsWith("glossary:").doesNotContain(" ", "(", ")", "+");
    assertThat(Markdown.glossaryTarget(link("[x](" + address + ")"))).contains(term);
  }

  @Test
  void onlyGlossaryLinksHaveAGlossaryTarget() {
    assertThat(Markdown.glossaryTarget(link("[x](how-car-t-works)"))).isEmpty();
    assertThat(Markdown.glossaryTarget(link("[x](https://example.org/)"))).isEmpty();
    assertThat(Markdown.glossaryTarget(link("[x](glossary:T%20cell)"))).contains("T cell");
    assertThat(Markdown.glossaryTarget(link("[x](glossary:100%)"))).contains("100%");
  }

  @Test
  void listsTheLinkedTermsOnceInOrder() {
    var document =
        Markdown.parse(
            "[a](glossary:B) [b](glossary:A) [c](glossary:B) [d](first) [e](glossary:C)");

    assertThat(Markdown.glossaryTerms(document)).containsExactly("B", "A", "C");
    assertThat(Markdown.glossaryLinkCount(document)).isEqualTo(4);
  }

  private static Link link(String markdown) {
    return (Link) Markdown.parse(markdown).getFirstChild().getFirstChild();
  }
}
