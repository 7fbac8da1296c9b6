package org.careshelf.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.List;
import org.careshelf.library.GlossaryTerm;
import org.junit.jupiter.api.Test;

class GlossaryLinkerTest {

  final GlossaryLinker linker =
      new GlossaryLinker(
          List.of(
              term("CAR T-cell therapy", "CAR T"),
              term("T cell", "T-cell", "T cells"),
              term("Chimeric antigen receptor", "CAR"),
              term("Acute lymphoblastic leukemia", "ALL"),
              term("Cytokine release syndrome", "CRS"),
              term("CD19"),
              term("Fever"),
              term("Graft-versus-host disease (GVHD)")));

  @Test
  void linksOnlyTheFirstMention() {
    GlossaryLinker.Linked linked = linker.link("A fever is common. A fever passes.");

    assertThat(linked.body()).isEqualTo("A [fever](glossary:Fever) is common. A fever passes.");
    assertThat(linked.terms()).containsExactly("Fever");
  }

  @Test
  void theLongestNameWins() {
    GlossaryLinker.Linked linked = linker.link("CAR T-cell therapy changes your T cells.");

    assertThat(linked.body())
        .isEqualTo(
            "[CAR T-cell therapy](glossary:CAR%20T-cell%20therapy) changes your"
                + " [T cells](glossary:T%20cell).");
    assertThat(linked.terms()).containsExactly("CAR T-cell therapy", "T cell");
  }

  @Test
  void wordsInsideALongerMentionAreNotLinkedOnTheirOwn() {
    String body = "CAR T-cell therapy is new. CAR T-cell therapy uses a CAR.";

    assertThat(linker.link(body).body())
        .isEqualTo(
            "[CAR T-cell therapy](glossary:CAR%20T-cell%20therapy) is new. CAR T-cell therapy"
                + " uses a [CAR](glossary:Chimeric%20antigen%20receptor).");
  }

  @Test
  void matchesWholeWordsOnlyAndAHyphenJoinsWords() {
    String body = "Feverish, anti-CD19 and CD19-positive cells. Then CD19.";

    assertThat(linker.link(body).body())
        .isEqualTo("Feverish, anti-CD19 and CD19-positive cells. Then [CD19](glossary:CD19).");
  }

  @Test
  void ignoresCaseButKeepsTheAuthorsWords() {
    assertThat(linker.link("Cytokine Release Syndrome can start fast.").body())
        .isEqualTo(
            "[Cytokine Release Syndrome](glossary:Cytokine%20release%20syndrome) can start fast.");
  }

  @Test
  void aNameInCapitalsMatchesOnlyInCapitals() {
    GlossaryLinker.Linked linked = linker.link("All of us, all day, know ALL. Crs or CRS.");

    assertThat(linked.body())
        .isEqualTo(
            "All of us, all day, know [ALL](glossary:Acute%20lymphoblastic%20leukemia). Crs or"
                + " [CRS](glossary:Cytokine%20release%20syndrome).");
  }

  @Test
  void skipsHeadingsLinksCodeAndTableHeaders() {
    String body =
        """
        ## Fever

        See [fever advice](https://example.org/), [the CRS page](crs) and `fever`.

        | Fever | CRS |
        |---|---|
        | a fever | CRS |
        """;

    assertThat(linker.link(body).body())
        .isEqualTo(
            """
            ## Fever

            See [fever advice](https://example.org/), [the CRS page](crs) and `fever`.

            | Fever | CRS |
            |---|---|
            | a [fever](glossary:Fever) | [CRS](glossary:Cytokine%20release%20syndrome) |
            """);
  }

  @Test
  void linksInsideEmphasisListsAndQuotes() {
    String body = "- **CRS** first\n\n> A fever later.\n";

    assertThat(linker.link(body).body())
        .isEqualTo(
            "- **[CRS](glossary:Cytokine%20release%20syndrome)** first\n\n"
                + "> A [fever](glossary:Fever) later.\n");
  }

  @Test
  void aTermTheAuthorLinkedIsNotLinkedAgain() {
    String body = "CRS is common. Read about [it](glossary:Cytokine%20release%20syndrome).";

    GlossaryLinker.Linked linked = linker.link(body);

    assertThat(linked.body()).isEqualTo(body);
    assertThat(linked.terms()).containsExactly("Cytokine release syndrome");
  }

  @Test
  void encodesTheTermInTheAddress() {
    assertThat(linker.link("Graft-versus-host disease (GVHD) is rare.").body())
        .isEqualTo(
            "[Graft-versus-host disease (GVHD)](glossary:Graft-versus-host%20disease%20%28GVHD%29)"
                + " is rare.");
  }

  @Test
  void aMentionWhoseLinkWouldBreakEmphasisIsLinkedAtTheNextMention() {
    String body = "Mid*CRS*word, and later CRS.";

    GlossaryLinker.Linked linked = linker.link(body);

    assertThat(linked.body())
        .isEqualTo("Mid*CRS*word, and later [CRS](glossary:Cytokine%20release%20syndrome).");
    assertThat(text(linked.body())).isEqualTo(text(body));
  }

  @Test
  void theTextAsReadStaysTheSame() {
    String body = "CAR T-cell therapy and **CRS**: a *fever* in ALL, with T cells.\n";

    assertThat(text(linker.link(body).body())).isEqualTo(text(body));
  }

  private static String text(String markdown) {
    return new TextCollectingVisitor().collectAndGetText(Markdown.parse(markdown));
  }

  private static GlossaryTerm term(String term, String... aliases) {
    return new GlossaryTerm(term, List.of(aliases), "Meaning of " + term + ".", List.of());
  }
}
