package org.careshelf.library;

import java.time.LocalDate;

/** A published page that an article's facts come from. */
public record Source(String title, String publisher, String url, LocalDate accessed) {}
