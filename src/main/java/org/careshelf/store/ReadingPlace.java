package org.careshelf.store;

import java.time.Instant;

/** Where the reader was in an article: how far down (0 to 1) and when it was last open. */
public record ReadingPlace(String articleId, Instant openedAt, double position) {}
