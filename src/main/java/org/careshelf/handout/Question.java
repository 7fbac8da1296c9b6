package org.careshelf.handout;

/**
 * A bookmark on "My questions": what the reader saved and the note they wrote on it (may be empty).
 */
public record Question(String about, String note) {}
