package org.careshelf.library;

/** The little that lists of articles show: id, title, topic and place within the topic. */
public record ArticleSummary(String id, String title, String topicId, String summary) {}
