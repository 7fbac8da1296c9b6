package org.careshelf.content;

import java.util.List;

/**
 * An article as read from its file, with the lines the compiler needs to report cross-file
 * problems.
 */
record ParsedArticle(
    Article article,
    String path,
    int idLine,
    int topicLine,
    List<Integer> relatedLines,
    List<LinkRef> links) {

  /** A link to another article, at a line of the file. */
  record LinkRef(String targetId, int line) {}
}
