package org.careshelf.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.careshelf.library.Article;
import org.careshelf.library.GlossaryTerm;
import org.careshelf.library.Source;
import org.junit.jupiter.api.Test;

class LibraryReportTest {

  // Grades worked out by hand in ReadabilityTest: 5.7, 7.8 and -1.06 (rounded -1.1).
  static final String GRADE_5_7 =
      "Cytokine release syndrome is a common side effect. It often starts with a fever.";
  static final String GRADE_7_8 =
      "The U.S. Food and Drug Administration (FDA) approved it. Ask e.g. your nurse.";
  static final String GRADE_MINUS_1_1 = "Take it one day at a time.";

  final List<GlossaryTerm> glossary =
      List.of(term("Cytokine release syndrome"), term("Fever"), term("Unused"));

  @Test
  void reportsEachArticleAndTheTotals() {
    LibraryReport report =
        LibraryReport.of(
            List.of(
                article("b", GRADE_7_8, 3),
                article("a", GRADE_5_7, 2),
                article("c", GRADE_MINUS_1_1, 2)),
            glossary,
            Map.of("a", List.of("Cytokine release syndrome", "Fever"), "c", List.of("Fever")));

    assertThat(report.rows())
        .containsExactly(
            new LibraryReport.Row("a", 14, 5.7, 2, 2, LocalDate.of(2026, 1, 2)),
            new LibraryReport.Row("b", 13, 7.8, 0, 3, LocalDate.of(2026, 1, 2)),
            new LibraryReport.Row("c", 7, -1.1, 1, 2, LocalDate.of(2026, 1, 2)));
    assertThat(report.medianGrade()).hasValue(5.7);
    assertThat(report.hardest()).map(LibraryReport.Row::id).contains("b");
    assertThat(report.unusedTerms()).containsExactly("Unused");
    assertThat(report.articlesWithoutTerms()).containsExactly("b");
    assertThat(report.format().lines())
        .containsExactly(
            "id   words  grade  terms  sources  reviewed",
            "a       14    5.7      2        2  2026-01-02",
            "b       13    7.8      0        3  2026-01-02",
            "c        7   -1.1      1        2  2026-01-02",
            "",
            "Articles: 3",
            "Glossary terms: 3",
            "Median grade: 5.7",
            "Maximum grade: 7.8 (b)",
            "Glossary terms used by no article (1): Unused",
            "Articles that link no glossary term (1): b");
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    LibraryReport report =
        LibraryReport.of(
            List.of(article("a", GRADE_5_7, 2), article("b", GRADE_7_8, 2)), glossary, Map.of());

    assertThat(report.medianGrade().getAsDouble()).isCloseTo(6.75, within(1e-9));
    assertThat(report.format()).contains("Median grade: 6.8");
  }

  @Test
  void anEmptyLibraryHasNoGrades() {
    LibraryReport report = LibraryReport.of(List.of(), List.of(), Map.of());

    assertThat(report.medianGrade()).isEmpty();
    assertThat(report.format())
        .contains("Articles: 0")
        .contains("Median grade: none")
        .contains("Maximum grade: none")
        .contains("Articles that link no glossary term (0): none");
  }

  private static Article article(String id, String body, int sources) {
    List<Source> list =
        java.util.stream.IntStream.range(0, sources)
            .mapToObj(
                i ->
                    new Source("T" + i, "NHS", "https://www.nhs.uk/" + i, LocalDate.of(2026, 1, 1)))
            .toList();
    return new Article(id, id, "t", "S.", LocalDate.of(2026, 1, 2), list, List.of("x"), null, body);
  }

  private static GlossaryTerm term(String term) {
    return new GlossaryTerm(term, List.of(), "Meaning.", List.of());
  }
}
