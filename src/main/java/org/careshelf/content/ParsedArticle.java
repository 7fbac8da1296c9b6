package org.careshelf.content;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import org.careshelf.library.Article;

/**
 * An article as read from its file, its body parsed once for every later step, the questions it
 * answers (for the search index), and the lines the compiler needs to report cross-file problems.
 */
record ParsedArticle(
    Article article,
    Document document,
    String path,
    Lines lines,
    List<String> questions,
    List<LinkRef> links,
    List<LinkRef> glossaryLinks) {

  /** A link to another article or to a glossary term, at a line of the file. */
  record LinkRef(String target, int line) {}

  /**
   * Where things are in the file: front matter fields (the line of the front matter's first field
   * when a field is missing), each related id, each question, and the first line of the body.
   */
  record Lines(
      int id,
      int topic,
      int sources,
      int related,
      List<Integer> relatedIds,
      int questions,
      List<Integer> questionLines,
      int bodyFirst) {}

  int idLine() {
    return lines.id();
  }
}
