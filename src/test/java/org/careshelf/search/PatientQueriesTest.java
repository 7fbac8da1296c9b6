package org.careshelf.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.LibraryReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The patients' own queries of {@code patient-queries.tsv} find their articles in the top 3. */
class PatientQueriesTest {

  static LibraryReader store;
  static SearchEngine engine;

  @BeforeAll
  static void open() {
    store = LibraryReader.open(BundledLibrary.file());
    engine = SearchEngine.open(store);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void theFileHoldsEnoughQueriesAndNamesOnlyRealArticles() {
    List<PatientQueries.Query> queries = PatientQueries.all();
    Set<String> ids =
        store.articleSummaries().stream().map(ArticleSummary::id).collect(Collectors.toSet());

    assertThat(queries).hasSizeGreaterThanOrEqualTo(250);
    assertThat(PatientQueries.part(PatientQueries.HELD_OUT)).hasSizeGreaterThanOrEqualTo(80);
    for (PatientQueries.Query query : queries) {
      assertThat(ids).as("line %d: %s", query.line(), query.text()).containsAll(query.answers());
    }
  }

  @Test
  void atLeast95In100FindAnAnswerInTheTopThree() {
    System.out.println(PatientQueries.report(engine));
    PatientQueries.Figures whole = PatientQueries.measure(engine, PatientQueries.all());
    whole.misses().forEach(miss -> System.out.println("  missed: " + miss));

    assertThat(whole.hit3()).isGreaterThanOrEqualTo(0.95);
  }
}
