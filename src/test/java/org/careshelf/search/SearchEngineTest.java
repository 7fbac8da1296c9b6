package org.careshelf.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careshelf.library.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Search quality on the real library: ranking, the patient's words, spelling, highlighting. */
class SearchEngineTest {

  static final BundledLibrary.Engine library = new BundledLibrary.Engine();
  static final SearchEngine engine = library.engine;

  @AfterAll
  static void close() {
    library.close();
  }

  static List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::articleId).toList();
  }

  static List<String> titles(SearchResults results) {
    return results.hits().stream().map(h -> h.title().text()).toList();
  }

  @Test
  void aTitleMatchComesBeforeBodyMatches() {
    SearchResults results = engine.search("lymphoma", 20);

    assertThat(ids(results).get(0)).isEqualTo("lymphoma");
    List<Boolean> inTitle = results.hits().stream().map(h -> h.title().hasMarks()).toList();
    assertThat(inTitle).contains(true, false);
    assertThat(inTitle.subList(inTitle.indexOf(false), inTitle.size())).doesNotContain(true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"CAR-T", "car t", "CART", "car-t", "Car T", "chimeric antigen receptor"})
  void everySpellingOfCarTFindsTheCarTArticles(String query) {
    SearchResults results = engine.search(query, 10);

    assertThat(titles(results)).hasSize(10).allMatch(title -> title.contains("CAR T"));
    assertThat(engine.search(query, 40).hits())
        .extracting(SearchHit::articleId)
        .contains("what-is-car-t", "how-car-t-works");
    assertThat(results.correction()).isNull();
  }

  @Test
  void accentsAndCaseDoNotMatter() {
    assertThat(ids(engine.search("LEUKÉMIA", 5))).isEqualTo(ids(engine.search("leukemia", 5)));
  }

  @Test
  void chemoFindsChemotherapy() {
    SearchResults results = engine.search("chemo", 10);

    assertThat(ids(results).get(0)).isEqualTo("lymphodepleting-chemotherapy");
    assertThat(results.definition().term()).isEqualTo("Chemotherapy");
    assertThat(results.hits())
        .anySatisfy(h -> assertThat(marked(h.snippet())).contains("chemotherapy"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CRS", "crs", "what is CRS?"})
  void crsFindsCytokineReleaseSyndrome(String query) {
    SearchResults results = engine.search(query, 10);

    assertThat(ids(results).get(0)).isEqualTo("cytokine-release-syndrome");
    assertThat(results.definition().term()).isEqualTo("Cytokine release syndrome");
  }

  @Test
  void theEverydayNameCytokineStormFindsCrs() {
    assertThat(ids(engine.search("cytokine storm", 10)).get(0))
        .isEqualTo("cytokine-release-syndrome");
  }

  @Test
  void everydayWordsFindTheLibrarysWords() {
    assertThat(ids(engine.search("how much does it cost", 3)))
        .containsExactlyInAnyOrder(
            "costs-and-insurance", "costs-and-access-vary", "financial-help");
    assertThat(ids(engine.search("throwing up", 20))).isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "lukemia, leukemia, leukemia",
    "lymphona, lymphoma, lymphoma",
    "mylenoma, myeloma, multiple-myeloma",
    "cytokine relase, cytokine release, cytokine-release-syndrome",
    "Lukemia treatment, leukemia treatment, leukemia",
  })
  void correctsMisspelledWords(String typed, String corrected, String first) {
    SearchResults results = engine.search(typed, 10);

    assertThat(results.correction()).isEqualTo(corrected);
    assertThat(ids(results).get(0)).isEqualTo(first);
  }

  @Test
  void theOriginalSpellingCanStillBeSearched() {
    SearchResults results = engine.searchAsTyped("lukemia", 10);

    assertThat(results.correction()).isNull();
    assertThat(results.hits()).isEmpty();
  }

  @Test
  void knownWordsAreNotCorrected() {
    assertThat(engine.search("relapse", 5).correction()).isNull();
    assertThat(engine.search("leuk", 5).correction()).isNull();
  }

  @Test
  void theLastWordMatchesAsAPrefixWhileTyping() {
    SearchResults typing = engine.search("lymphod", 5);

    assertThat(ids(typing)).contains("lymphodepleting-chemotherapy");
    assertThat(typing.correction()).isNull();
    assertThat(engine.search("lymphod ", 5).correction()).isEqualTo("lympho");
  }

  @Test
  void nothingFoundOffersTopics() {
    SearchResults results = engine.search("xyzzy quux", 10);

    assertThat(results.hits()).isEmpty();
    assertThat(results.correction()).isNull();
    assertThat(results.problem()).isNull();
    assertThat(results.suggestions())
        .extracting(TopicSuggestion::title)
        .contains("CAR T-cell therapy", "Side effects");
    assertThat(results.suggestions()).allMatch(s -> !s.firstArticleId().isBlank());
  }

  @Test
  void aPartialMatchSaysSo() {
    SearchResults results = engine.search("leukemia zebra", 10);

    assertThat(results.partial()).isTrue();
    assertThat(ids(results)).contains("leukemia");
  }

  @Test
  void anEmptyQueryFindsNothingAndSaysNothing() {
    for (String blank : new String[] {"", "   ", "?!", "\uD83D\uDE00", null}) {
      SearchResults results = engine.search(blank, 10);
      assertThat(results.isBlank()).as(String.valueOf(blank)).isTrue();
    }
  }

  @Test
  void snippetsMarkTheWordsSearchedFor() {
    SearchResults results = engine.search("fever", 10);

    assertThat(results.hits()).isNotEmpty();
    for (SearchHit hit : results.hits()) {
      assertThat(hit.snippet().hasMarks()).as(hit.articleId()).isTrue();
      for (Span mark : hit.snippet().marks()) {
        String word = Words.fold(hit.snippet().text().substring(mark.start(), mark.end()));
        assertThat(word)
            .isIn("fever", "fevers", "feverish", "temperature", "high temperature", "pyrexia");
      }
    }
  }

  @Test
  void theMatcherFindsTheSearchedWordsInAnArticle() {
    WordMatcher matcher = engine.search("lukemia", 5).matcher();
    String text = "Leukémia is a cancer. LEUKEMIA, leukemias and leukaemia.";

    assertThat(matcher.find(text))
        .extracting(span -> text.substring(span.start(), span.end()))
        // The correction is searched as if typed, its last word still being typed, so it also
        // marks the longer words it starts ("leukemias"), exactly as typing "leukemia" does.
        .containsExactly("Leukémia", "LEUKEMIA", "leukemias", "leukaemia");
  }

  @Test
  void topicPathsNameTheWholePath() {
    SearchHit hit = engine.search("apheresis", 5).hits().get(0);

    assertThat(hit.topicPath()).isEqualTo("CAR T-cell therapy \u203a The treatment journey");
  }

  @ParameterizedTest
  @CsvSource({
    "yescarta, yescarta",
    "kymriah, kymriah",
    "carvykti, carvykti",
    "breyanzi, breyanzi",
    "tisagenlecleucel, kymriah",
    "tisa-cel, kymriah",
    "axi-cel, yescarta",
  })
  void brandGenericAndShortNamesFindTheProductFirst(String query, String first) {
    assertThat(ids(engine.search(query, 5)).get(0)).isEqualTo(first);
  }

  @Test
  void tableCellsStayApartInSnippets() {
    SearchHit table =
        engine.search("tisagenlecleucel", 10).hits().stream()
            .filter(h -> h.articleId().equals("car-t-cancers-and-products"))
            .findFirst()
            .orElseThrow();

    assertThat(table.snippet().text()).contains("tisagenlecleucel \u00b7 Kymriah");
    assertThat(table.snippet().text()).doesNotContain("tisagenlecleucelKymriah");
  }

  @Test
  void anEnglishWordTheLibraryLacksIsNotCorrectedIntoAnother() {
    SearchResults results = engine.search("hair loss", 10);

    assertThat(results.correction()).isNull();
    assertThat(results.missing()).containsExactly("hair");
    assertThat(results.missingSentence()).isEqualTo("No article mentions hair.");
    assertThat(results.suggestions()).isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "limfoma, lymphoma, lymphoma",
    "kimriah, kymriah, kymriah",
    "yeskarta, yescarta, yescarta",
    "afaresis, apheresis, collecting-t-cells",
  })
  void soundAlikeSpellingsAreCorrected(String typed, String corrected, String first) {
    SearchResults results = engine.search(typed, 10);

    assertThat(results.correction()).isEqualTo(corrected);
    assertThat(ids(results).get(0)).isEqualTo(first);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"lukemia", "limfoma", "cytokine relase", "lymphod ", "mylenoma treatmenst"})
  void aCorrectionFindsExactlyWhatTypingItFinds(String typed) {
    SearchResults corrected = engine.search(typed, 10);
    SearchResults asTyped = engine.search(corrected.correction(), 10);

    assertThat(corrected.hits()).isEqualTo(asTyped.hits());
  }

  @Test
  void otherFormsOfAWordAreFoundAndNotCorrected() {
    SearchResults results = engine.search("who qualifies for car t", 5);

    assertThat(results.correction()).isNull();
    assertThat(ids(results)).contains("who-can-get-car-t");
  }

  @Test
  void anArticlesExactTitleFindsItFirst() {
    for (var article : library.store.articleSummaries()) {
      assertThat(ids(engine.search(article.title(), 3)))
          .as(article.title())
          .first()
          .isEqualTo(article.id());
    }
  }

  @Test
  void aLongGlossaryNameFindsTheArticlesAboutItFirst() {
    assertThat(ids(engine.search("chimeric antigen receptor", 3)))
        .containsAnyOf("what-is-car-t", "how-car-t-works");
  }

  @Test
  void aMatchedQuestionIsShownWithItsHit() {
    SearchHit first = engine.search("can i drive after car t", 5).hits().get(0);

    assertThat(first.articleId()).isEqualTo("driving-and-activity");
    assertThat(first.answers()).isEqualTo("Can I drive after CAR T?");
  }

  @Test
  void resultsComeInTheOrderOfTheirScores() {
    for (PatientQueries.Query query : PatientQueries.all()) {
      List<Double> scores =
          engine.search(query.text(), 10).hits().stream().map(SearchHit::score).toList();
      for (int i = 1; i < scores.size(); i++) {
        assertThat(scores.get(i)).as(query.text()).isLessThanOrEqualTo(scores.get(i - 1));
      }
    }
  }

  static String marked(MarkedText text) {
    return text.render("[", "]").toLowerCase();
  }
}
