package org.careshelf.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.careshelf.library.LibraryContents;
import org.careshelf.library.LibraryReader;
import org.careshelf.library.Topic;
import org.careshelf.search.QueryAnalysis.Group;
import org.careshelf.sqlite.StoreException;

/**
 * Searches the library in the reader's own words: forgiving of case, hyphens, accents, word forms
 * and misspellings, widening abbreviations and everyday words to the library's names, ranking
 * titles and the patient questions each article answers above glossary names, headings and
 * summaries, and those above the body. Safe for any input: it never throws, and SQLite only ever
 * sees quoted words. Calls block on the library, so the reader's window makes them off the FX
 * thread.
 */
public final class SearchEngine {

  /** The number of results a search returns unless asked otherwise. */
  public static final int DEFAULT_LIMIT = 10;

  /** The fewest results a search may be asked for. */
  public static final int MIN_LIMIT = 1;

  /** The most results a search may be asked for. */
  public static final int MAX_LIMIT = 1000;

  private static final String UNAVAILABLE =
      "Search is not working right now. Please try again, or restart CareShelf.";

  private final QueryAnalysis analysis;
  private final Spelling spelling;
  private final Ranking ranking;
  private final GlossaryCard card;
  private final LibraryContents contents;
  private final List<TopicSuggestion> suggestions = new ArrayList<>();
  private final CompletableFuture<MemoryIndex> memory = new CompletableFuture<>();

  private SearchEngine(LibraryReader library, boolean inMemory) {
    SearchIndex index = new SearchIndex(library);
    Vocabulary vocabulary = new Vocabulary(index.words());
    var glossary = library.glossary();
    PhraseBook phrases = new PhraseBook(glossary, Synonyms.SETS);
    analysis = new QueryAnalysis(phrases);
    spelling = new Spelling(vocabulary, analysis, index);
    if (inMemory) {
      // Loading takes seconds on a large library: until then SQLite ranks, with the same results.
      Thread loader =
          new Thread(
              () -> {
                try {
                  memory.complete(MemoryIndex.load(library, Ranking.WEIGHTS, phrases.names()));
                } finally {
                  // A loader that fails (out of memory) leaves SQLite ranking, and no one waiting.
                  memory.complete(null);
                }
              },
              "index");
      loader.setDaemon(true);
      loader.start();
    } else {
      memory.complete(null);
    }
    ranking =
        new Ranking(index, new HeadIndex(index.heads()), vocabulary, () -> memory.getNow(null));
    card = new GlossaryCard(glossary);
    contents = new LibraryContents(library.topics(), library.articleSummaries());
    for (Topic topic : contents.topLevel()) {
      contents
          .firstArticle(topic.id())
          .ifPresent(a -> suggestions.add(new TopicSuggestion(topic.id(), topic.title(), a.id())));
    }
  }

  /**
   * Reads what the engine keeps in memory (the index's words and their articles, the glossary, the
   * topics).
   */
  public static SearchEngine open(LibraryReader library) {
    return new SearchEngine(library, true);
  }

  /**
   * An engine that ranks every match by SQLite's own bm25, without the words' articles in memory:
   * slower on a large library, the reference the in-memory ranking must give the same results as
   * (the benchmark and a test compare the two).
   */
  public static SearchEngine rankingInSqlite(LibraryReader library) {
    return new SearchEngine(library, false);
  }

  /**
   * Waits until every word's articles are in memory (or could not be read), from when on searches
   * are ranked without SQLite; for the benchmark and tests, which time or compare that ranking.
   */
  public void awaitIndexInMemory() {
    memory.join();
  }

  /** {@code limit} brought within {@link #MIN_LIMIT} and {@link #MAX_LIMIT}. */
  public static int limit(int limit) {
    return Math.max(MIN_LIMIT, Math.min(limit, MAX_LIMIT));
  }

  /** Searches for {@code query}, correcting words the library does not hold. */
  public SearchResults search(String query, int limit) {
    return search(query, limit, true);
  }

  /** Searches for {@code query} exactly as typed, without correcting its spelling. */
  public SearchResults searchAsTyped(String query, int limit) {
    return search(query, limit, false);
  }

  private SearchResults search(String query, int limit, boolean correct) {
    String text = query == null ? "" : query;
    try {
      return find(text, limit(limit), correct);
    } catch (StoreException e) {
      return new SearchResults(
          text, null, List.of(), false, null, List.of(), WordMatcher.NONE, UNAVAILABLE, List.of());
    }
  }

  private SearchResults find(String text, int limit, boolean correct) {
    List<QueryText.Word> typed = QueryText.words(text);
    if (typed.isEmpty()) {
      return SearchResults.empty(text);
    }
    if (correct) {
      String correction = Spelling.correctionText(text, typed, spelling.corrected(typed));
      if (correction != null) {
        // The corrected words are searched as if typed, so the results are exactly those of
        // typing the correction.
        return find(correction, limit, false).correcting(text, correction);
      }
    }
    List<Group> groups = analysis.groups(typed);
    if (groups.isEmpty()) {
      return SearchResults.empty(text);
    }
    List<Group> findable = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Group group : groups) {
      if (ranking.findable(group)) {
        findable.add(group);
      } else if (group.entry() == null) {
        missing.add(String.join(" ", group.alternatives().get(0).words()));
      }
    }
    // No article has every word: leave out the most common word, then the next, so that the
    // articles with the telling words come first. Whether any article matches is asked first, so
    // only the words kept are ranked.
    List<Group> searched = new ArrayList<>(findable);
    while (searched.size() > 1 && !ranking.anyMatch(searched)) {
      searched.remove(searched.stream().max(Comparator.comparingLong(ranking::mostMatches)).get());
    }
    List<IndexHit> found =
        searched.isEmpty()
            ? List.of()
            : ranking.ranked(
                searched, searched.size() == findable.size() ? typed : List.of(), limit);
    boolean partial = !found.isEmpty() && searched.size() < groups.size();
    List<SearchHit> hits = new ArrayList<>();
    for (IndexHit hit : found) {
      hits.add(
          new SearchHit(
              hit.id(),
              MarkedText.fromStore(hit.markedTitle()),
              contents.topicTrail(hit.topicId()),
              -hit.rank(),
              snippet(hit),
              answered(hit.markedQuestions(), findable)));
    }
    var definition = card.definition(groups, typed);
    return new SearchResults(
        text,
        null,
        hits,
        partial,
        definition,
        (hits.isEmpty() && definition == null) || !missing.isEmpty() ? suggestions : List.of(),
        QueryAnalysis.matcher(groups),
        null,
        missing);
  }

  /**
   * The article's question that holds every group of the query (all but one when there are three or
   * more), the one with most of them; null when none does: "can i drive after car t" is answered by
   * "Can I drive after CAR T?", and "is car t painful" by no question that only says "CAR T".
   */
  static String answered(String markedQuestions, List<Group> groups) {
    if (markedQuestions == null || markedQuestions.isEmpty() || groups.isEmpty()) {
      return null;
    }
    List<WordMatcher> matchers =
        groups.stream().map(g -> QueryAnalysis.matcher(List.of(g))).toList();
    int needed = groups.size() >= 3 ? groups.size() - 1 : groups.size();
    String best = null;
    int bestHeld = 0;
    for (String line : markedQuestions.split("\n")) {
      String question = MarkedText.fromStore(line).text();
      int held = 0;
      for (WordMatcher matcher : matchers) {
        held += matcher.find(question).isEmpty() ? 0 : 1;
      }
      if (held > bestHeld) {
        best = question;
        bestHeld = held;
      }
    }
    return bestHeld >= needed ? best : null;
  }

  private static MarkedText snippet(IndexHit hit) {
    MarkedText body = MarkedText.fromStore(hit.bodySnippet());
    if (body.hasMarks()) {
      return body;
    }
    return MarkedText.fromStore(hit.summarySnippet());
  }
}
