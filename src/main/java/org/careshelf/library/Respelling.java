package org.careshelf.library;

/**
 * How read aloud says a hard word: {@code written} as the articles spell it, said as {@code say}.
 */
public record Respelling(String written, String say) {}
