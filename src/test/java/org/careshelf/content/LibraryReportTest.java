package org.careshelf.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

  /** Today for the report, some months after the articles' review on 2026-01-02. */
  static final Clock JUNE_2026 = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

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
            Map.of("a", List.of("Cytokine release syndrome", "Fever"), "c", List.of("Fever")),
            JUNE_2026);

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
            "Articles that link no glossary term (1): b",
            "Articles reviewed more than 12 months ago (0): none");
  }

  @Test
  void listsTheArticlesReviewedMoreThanTwelveMonthsBeforeTodayOldestFirst() {
    List<Article> articles =
        List.of(
            article("a", GRADE_5_7, 2, LocalDate.of(2026, 1, 2)), // exactly 12 months: not yet
            article("b", GRADE_5_7, 2, LocalDate.of(2026, 1, 1)),
            article("c", GRADE_5_7, 2, LocalDate.of(2024, 6, 30)),
            article("d", GRADE_5_7, 2, LocalDate.of(2026, 12, 1)));
    Clock today = Clock.fixed(Instant.parse("2027-01-02T08:00:00Z"), ZoneOffset.UTC);

    LibraryReport report = LibraryReport.of(articles, glossary, Map.of(), today);

    assertThat(report.staleArticles()).extracting(LibraryReport.Row::id).containsExactly("c", "b");
    assertThat(report.format().lines())
        .contains("Articles reviewed more than 12 months ago (2): c (2024-06-30), b (2026-01-01)");
  }

  @Test
  void whatIsStaleDependsOnToday() {
    List<Article> articles = List.of(article("a", GRADE_5_7, 2, LocalDate.of(2026, 1, 2)));

    assertThat(LibraryReport.of(articles, glossary, Map.of(), JUNE_2026).staleArticles()).isEmpty();
    assertThat(
            LibraryReport.of(
                    articles,
                    glossary,
                    Map.of(),
                    Clock.fixed(Instant.parse("2027-01-03T00:00:00Z"), ZoneOffset.UTC))
                .staleArticles())
        .extracting(LibraryReport.Row::id)
        .containsExactly("a");
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
        .contains("Articles that link no glossary term (0): none")
        .contains("Articles reviewed more than 12 months ago (0): none");
  }

  private static Article article(String id, String body, int sources) {
    return article(id, body, sources, LocalDate.of(2026, 1, 2));
  }

  private static Article article(String id, String body, int sources, LocalDate reviewed) {
    List<Source> list =
        java.util.stream.IntStream.range(0, sources)
            .mapToObj(
                i ->
                    new Source("T" + i, "NHS", "https://www.nhs.uk/" + i, LocalDate.of(2026, 1, 1)))
            .toList();
    return new Article(id, id, "t", "S.", reviewed, list, List.of("x"), null, body);
  }

  private static GlossaryTerm term(String term) {
    return new GlossaryTerm(term, List.of(), "Meaning.", List.of());
  }
}
