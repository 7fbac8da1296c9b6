package org.careshelf.search;

import java.util.ArrayList;
import java.util.List;
import org.careshelf.library.LibraryContents;
import org.careshelf.library.LibraryReader;
import org.careshelf.library.Topic;
import org.careshelf.search.QueryAnalysis.Group;
import org.careshelf.sqlite.StoreException;

/**
 * Searches the library in the reader's own words: forgiving of case, hyphens, accents and
 * misspellings, widening abbreviations and everyday words to the library's names, ranking titles
 * above glossary names, headings and summaries, and those above the body. Safe for any input: it
 * never throws, and SQLite only ever sees quoted words. Calls block on the library, so the reader's
 * window makes them off the FX thread.
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

  private SearchEngine(LibraryReader library) {
    SearchIndex index = new SearchIndex(library);
    Vocabulary vocabulary = new Vocabulary(index.words());
    var glossary = library.glossary();
    analysis = new QueryAnalysis(new PhraseBook(glossary, Synonyms.SETS));
    spelling = new Spelling(vocabulary, analysis, index);
    ranking = new Ranking(index, vocabulary);
    card = new GlossaryCard(glossary);
    contents = new LibraryContents(library.topics(), library.articleSummaries());
    for (Topic topic : contents.topLevel()) {
      contents
          .firstArticle(topic.id())
          .ifPresent(a -> suggestions.add(new TopicSuggestion(topic.id(), topic.title(), a.id())));
    }
  }

  /** Reads what the engine keeps in memory (the index's words, the glossary, the topics). */
  public static SearchEngine open(LibraryReader library) {
    return new SearchEngine(library);
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
          text, null, List.of(), false, null, List.of(), WordMatcher.NONE, UNAVAILABLE);
    }
  }

  private SearchResults find(String text, int limit, boolean correct) {
    List<QueryText.Word> typed = QueryText.words(text);
    if (typed.isEmpty()) {
      return SearchResults.empty(text);
    }
    List<QueryText.Word> words = correct ? spelling.corrected(typed) : typed;
    String correction = correct ? Spelling.correctionText(text, typed, words) : null;
    List<Group> groups = analysis.groups(words);
    if (groups.isEmpty()) {
      return SearchResults.empty(text);
    }
    // A group no indexed word can match makes the all-words search pointless.
    List<Group> findable = groups.stream().filter(ranking::findable).toList();
    List<IndexHit> found =
        findable.size() == groups.size() ? ranking.ranked(groups, " AND ", limit) : List.of();
    boolean partial = false;
    if (found.isEmpty() && groups.size() > 1 && !findable.isEmpty()) {
      found = ranking.ranked(findable, " OR ", limit);
      partial = !found.isEmpty();
    }
    List<SearchHit> hits = new ArrayList<>();
    for (IndexHit hit : found) {
      hits.add(
          new SearchHit(
              hit.id(),
              MarkedText.fromStore(hit.markedTitle()),
              contents.topicTrail(hit.topicId()),
              -hit.rank(),
              snippet(hit)));
    }
    var definition = card.definition(groups, words);
    return new SearchResults(
        text,
        correction,
        hits,
        partial,
        definition,
        hits.isEmpty() && definition == null ? suggestions : List.of(),
        QueryAnalysis.matcher(groups),
        null);
  }

  private static MarkedText snippet(IndexHit hit) {
    MarkedText body = MarkedText.fromStore(hit.bodySnippet());
    if (body.hasMarks()) {
      return body;
    }
    return MarkedText.fromStore(hit.summarySnippet());
  }
}
