package org.careshelf.store;

import java.time.Instant;

/**
 * A saved article; the title is kept so a bookmark whose article left the library can still be
 * named.
 */
public record Bookmark(String articleId, String title, Instant addedAt, String note) {}
