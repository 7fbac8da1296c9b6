package org.careshelf.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.careshelf.library.LibraryReader;
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

  private static List<String> shown(SearchResults results) {
    return results.hits().stream()
        .map(h -> h.articleId() + String.format(java.util.Locale.ROOT, " %.9f", h.score()))
        .toList();
  }
}
