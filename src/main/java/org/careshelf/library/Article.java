package org.careshelf.library;

import java.time.LocalDate;
import java.util.List;

/**
 * One article of the library: its front matter and its Markdown body.
 *
 * <p>{@code order} places the article among its topic's articles; articles without one come after
 * those with one, by title.
 */
public record Article(
    String id,
    String title,
    String topicId,
    String summary,
    LocalDate reviewed,
    List<Source> sources,
    List<String> related,
    Integer order,
    String body) {

  public Article {
    sources = List.copyOf(sources);
    related = List.copyOf(related);
  }
}
