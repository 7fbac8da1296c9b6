package org.careshelf.library;

import java.util.List;

/**
 * An article as the compiler hands it to {@link LibraryWriter}: the article, its body linked to the
 * glossary, and the text the search index holds besides its title and summary.
 *
 * @param linkedTerms the glossary terms the body links to, in the order of their first link
 * @param glossaryNames every name of each glossary entry the article mentions, one entry a line
 * @param headings the headings' text, one a line
 * @param text the body as plain text
 */
public record CompiledArticle(
    Article article, List<String> linkedTerms, String glossaryNames, String headings, String text) {

  public CompiledArticle {
    linkedTerms = List.copyOf(linkedTerms);
  }
}
