package org.careshelf.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careshelf.library.GlossaryTerm;
import org.junit.jupiter.api.Test;

class GlossaryWordsTest {

  final GlossaryWords glossary =
      new GlossaryWords(
          List.of(
              new GlossaryTerm(
                  "Acute lymphoblastic leukemia", List.of("ALL"), "A blood cancer.", List.of()),
              new GlossaryTerm(
                  "Cytokine release syndrome",
                  List.of("CRS", "cytokine storm"),
                  "A side effect.",
                  List.of()),
              new GlossaryTerm("T cell", List.of("T-cell"), "A white blood cell.", List.of())));

  @Test
  void listsEveryNameOfEachEntryMentioned() {
    assertThat(glossary.mentionedIn("Fever can be a sign of CRS.", "Your T-cell count"))
        .isEqualTo(
            "g0cytokinereleasesyndrome Cytokine release syndrome \u00b7 CRS \u00b7 cytokine storm\n"
                + "g0tcell T cell \u00b7 T-cell\n");
  }

  @Test
  void abbreviationsCountOnlyInCapitals() {
    assertThat(glossary.mentionedIn("All of us, at all times; crs.")).isEmpty();
    assertThat(glossary.mentionedIn("Treatment for ALL"))
        .startsWith("g0acutelymphoblasticleukemia Acute");
  }

  @Test
  void namesMatchWholeWordsAcrossCaseAndAccents() {
    assertThat(glossary.mentionedIn("A CYTOKINE RELÉASE syndrome")).startsWith("g0cytokine");
    assertThat(glossary.mentionedIn("cytokines release")).isEmpty();
  }
}
