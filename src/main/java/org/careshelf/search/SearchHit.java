package org.careshelf.search;

/**
 * One article found: its id, its title with matched words marked, where it sits in the topic tree
 * ("CAR T-cell therapy › The treatment journey"), its score (higher is better) and a snippet.
 */
public record SearchHit(
    String articleId, MarkedText title, String topicPath, double score, MarkedText snippet) {}
