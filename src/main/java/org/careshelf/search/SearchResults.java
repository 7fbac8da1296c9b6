package org.careshelf.search;

import java.util.List;
import java.util.Optional;
import org.careshelf.library.GlossaryTerm;

/**
 * What a search found, ready to show.
 *
 * @param query the text searched for, as typed
 * @param correction the text actually searched for after spelling corrections, or null when none
 *     was made; the reader may search {@code query} as typed instead
 * @param hits the articles found, best first
 * @param partial true when no article has every word, so the hits have only some of them
 * @param definition the glossary entry the query names, shown before the hits, or null
 * @param suggestions topics to offer when nothing was found
 * @param matcher finds the words searched for in an article's text, to show them there
 * @param problem a plain sentence when the search could not be made, or null
 */
public record SearchResults(
    String query,
    String correction,
    List<SearchHit> hits,
    boolean partial,
    GlossaryTerm definition,
    List<TopicSuggestion> suggestions,
    WordMatcher matcher,
    String problem) {

  public SearchResults {
    hits = List.copyOf(hits);
    suggestions = List.copyOf(suggestions);
  }

  /** The results of a query with no words in it: nothing to show yet. */
  static SearchResults empty(String query) {
    return new SearchResults(
        query, null, List.of(), false, null, List.of(), WordMatcher.NONE, null);
  }

  /** True when the query had no word to search for (it was empty, or only punctuation). */
  public boolean isBlank() {
    return hits.isEmpty() && definition == null && suggestions.isEmpty() && problem == null;
  }

  /** The corrected text searched for, when a correction was made. */
  public Optional<String> correctionMade() {
    return Optional.ofNullable(correction);
  }

  /** The glossary entry to show first, when the query names one. */
  public Optional<GlossaryTerm> definitionFound() {
    return Optional.ofNullable(definition);
  }
}
