package org.careshelf.search;

/** A topic offered when nothing matched, with the article that opens it. */
public record TopicSuggestion(String topicId, String title, String firstArticleId) {}
