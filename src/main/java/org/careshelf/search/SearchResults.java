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
 * @param missing the words no article mentions in any form ("hair"), left out of the search
 */
public record SearchResults(
    String query,
    String correction,
    List<SearchHit> hits,
    boolean partial,
    GlossaryTerm definition,
    List<TopicSuggestion> suggestions,
    WordMatcher matcher,
    String problem,
    List<String> missing) {

  public SearchResults {
    hits = List.copyOf(hits);
    suggestions = List.copyOf(suggestions);
    missing = List.copyOf(missing);
  }

  /** The results of a query with no words in it: nothing to show yet. */
  static SearchResults empty(String query) {
    return new SearchResults(
        query, null, List.of(), false, null, List.of(), WordMatcher.NONE, null, List.of());
  }

  /** These results, found for {@code correction}, as the answer to {@code typed}. */
  SearchResults correcting(String typed, String correction) {
    return new SearchResults(
        typed, correction, hits, partial, definition, suggestions, matcher, problem, missing);
  }

  /** "No article mentions hair." for the words no article mentions, or null when there are none. */
  public String missingSentence() {
    if (missing.isEmpty()) {
      return null;
    }
    return "No article mentions "
        + (missing.size() == 1
            ? missing.get(0)
            : String.join(", ", missing.subList(0, missing.size() - 1))
                + " or "
                + missing.get(missing.size() - 1))
        + ".";
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
