package org.careshelf.search;

/**
 * An article found by the full-text index: its row in the index, its rank (lower is better) and its
 * title, summary and body snippet and its questions (one a line) with the matched words between
 * {@link SearchIndex#MARK_START} and {@link SearchIndex#MARK_END}.
 */
public record IndexHit(
    long row,
    String id,
    String title,
    String topicId,
    double rank,
    String markedTitle,
    String summarySnippet,
    String bodySnippet,
    String markedQuestions) {}
