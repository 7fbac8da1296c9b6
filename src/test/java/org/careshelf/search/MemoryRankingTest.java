package org.careshelf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import org.careshelf.library.LibraryReader;
import org.careshelf.search.QueryAnalysis.Alternative;
import org.careshelf.search.SearchIndex.Forms;
import org.junit.jupiter.api.Test;

/** The in-memory ranking gives exactly the results and scores of SQLite's own bm25. */
class MemoryRankingTest {

  @Test
  void ranksEveryPatientQueryAsSqliteDoes() {
    try (LibraryReader store = LibraryReader.open(BundledLibrary.file())) {
      SearchEngine memory = SearchEngine.open(store);
      memory.awaitIndexInMemory();
      SearchEngine sqlite = SearchEngine.rankingInSqlite(store);
      List<String> queries = new ArrayList<>();
      PatientQueries.all().forEach(q -> queries.add(q.text()));
      // Word starts, as while typing, and common words.
      queries.addAll(List.of("ca", "car", "seiz", "fev", "the", "care team", "cell", "treatment"));
      for (String query : queries) {
        assertEquals(shown(sqlite.search(query, 20)), shown(memory.search(query, 20)), query);
      }
    }
  }

  @Test
  void ranksGlossaryNamesAndSynonymsOfSeveralWordsAsFts5Does() {
    try (LibraryReader store = LibraryReader.open(BundledLibrary.file())) {
      PhraseBook book = new PhraseBook(store.glossary(), Synonyms.SETS);
      MemoryIndex memory = MemoryIndex.load(store, Ranking.WEIGHTS, book.names());
      SearchIndex index = new SearchIndex(store);
      int phrases = 0;
      for (List<String> name : book.names()) {
        if (name.size() < 2) {
          continue;
        }
        // The phrase alone, and with a common word, whose articles it narrows.
        for (List<Alternative> other : List.of(List.<Alternative>of(), List.of(word("car")))) {
          List<List<Alternative>> groups = new ArrayList<>();
          groups.add(List.of(new Alternative(name, false), word("treatment")));
          if (!other.isEmpty()) {
            groups.add(other);
          }
          for (Forms forms : Forms.values()) {
            MatchScores scores = memory.scores(forms, groups);
            assertNotNull(scores, String.join(" ", name));
            String match = match(groups);
            assertEquals(
                text(index.rankedRows(forms, match, Ranking.WEIGHTS, 1000)),
                text(scores.best(1000)),
                forms + " " + match);
          }
        }
        phrases++;
      }
      // The glossary's names and the synonyms hold phrases ("side effects", "comes back").
      assertEquals(true, phrases > 20, phrases + " phrases");
    }
  }

  private static Alternative word(String word) {
    return new Alternative(List.of(word), false);
  }

  private static String match(List<List<Alternative>> groups) {
    List<String> parts = new ArrayList<>();
    for (List<Alternative> group : groups) {
      parts.add(
          "("
              + String.join(
                  " OR ", group.stream().map(a -> QueryAnalysis.phrase(a.words(), false)).toList())
              + ")");
    }
    return String.join(" AND ", parts);
  }

  private static List<String> text(List<RankedRow> rows) {
    return rows.stream()
        .map(r -> r.row() + String.format(java.util.Locale.ROOT, " %.9f", r.rank()))
        .toList();
  }

  private static List<String> shown(SearchResults results) {
    return results.hits().stream()
        .map(h -> h.articleId() + String.format(java.util.Locale.ROOT, " %.9f", h.score()))
        .toList();
  }
}
