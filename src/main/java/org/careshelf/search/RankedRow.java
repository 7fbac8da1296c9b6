package org.careshelf.search;

/** A row of the full-text index that matched a search, and its bm25 rank (lower is better). */
public record RankedRow(long row, double rank) {}
