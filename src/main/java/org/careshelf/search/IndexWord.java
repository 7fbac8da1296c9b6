package org.careshelf.search;

/** A word of the full-text index and the number of articles that hold it. */
public record IndexWord(String word, int articles) {}
