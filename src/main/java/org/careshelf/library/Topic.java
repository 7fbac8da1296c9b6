package org.careshelf.library;

/** A node of the topic tree; {@code parentId} is null for a top-level topic. */
public record Topic(String id, String title, String parentId, int order) {}
