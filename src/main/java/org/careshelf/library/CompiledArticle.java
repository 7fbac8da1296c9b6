package org.careshelf.library;

import java.util.List;

/**
 * An article as the compiler hands it to {@link LibraryWriter}: the article, its body linked to the
 * glossary, and the text the search index holds besides its title and summary.
 *
 * @param linkedTerms the glossary terms the body links to, in the order of their first link
 * @param glossaryNames every name of each glossary entry the article mentions, one entry a line
 * @param questions the questions a patient would ask that the article answers
 * @param headings the headings' text, one a line
 * @param text the body as plain text, one paragraph, list item or table cell a line
 */
public record CompiledArticle(
    Article article,
    List<String> linkedTerms,
    String glossaryNames,
    List<String> questions,
    String headings,
    String text) {

  public CompiledArticle {
    linkedTerms = List.copyOf(linkedTerms);
    questions = List.copyOf(questions);
  }
}
