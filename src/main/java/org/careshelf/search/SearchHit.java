package org.careshelf.search;

/**
 * One article found: its id, its title with matched words marked, where it sits in the topic tree
 * ("CAR T-cell therapy › The treatment journey"), its score (higher is better), a snippet, and the
 * patient question of the article that the search matched ("Can I drive after CAR T?"), or null.
 */
public record SearchHit(
    String articleId,
    MarkedText title,
    String topicPath,
    double score,
    MarkedText snippet,
    String answers) {

  /** The question the article answers that the search matched, when one did. */
  public java.util.Optional<String> answered() {
    return java.util.Optional.ofNullable(answers);
  }
}
