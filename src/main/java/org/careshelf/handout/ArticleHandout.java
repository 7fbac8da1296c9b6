package org.careshelf.handout;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.careshelf.content.Markdown;
import org.careshelf.library.Article;
import org.careshelf.library.GlossaryTerm;
import org.careshelf.library.Source;

/**
 * Lays an article out for paper: title, summary, body, "Words to know" with the plain meaning of
 * each glossary term it uses, the sources with their addresses, a QR code of the first and the
 * review date. Also a glossary entry on its own page.
 */
public final class ArticleHandout {

  /** The section every care-journey article ends with, where a clinic's numbers belong. */
  static final String WHEN_TO_CALL = "when to call your care team";

  private final HandoutMessages messages;

  public ArticleHandout(HandoutMessages messages) {
    this.messages = messages;
  }

  /**
   * The handout of {@code article}; {@code contact}, when there is one, is printed at the top of
   * its "When to call your care team" section (or of the handout, for an article without one).
   */
  public Handout of(
      Article article, List<GlossaryTerm> glossary, Optional<CareTeamContact> contact) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, article.title()));
    blocks.add(
        new Block.Paragraph(List.of(Block.Run.plain(article.summary())), Block.Style.SUMMARY));
    List<Block> body = MarkdownBlocks.of(article.body(), messages.get("handout.picture"));
    boolean placed = false;
    for (Block block : body) {
      blocks.add(block);
      if (!placed
          && block instanceof Block.Heading heading
          && heading.text().strip().toLowerCase(Locale.ROOT).equals(WHEN_TO_CALL)
          && contact.isPresent()) {
        blocks.add(contactBox(contact.get()));
        placed = true;
      }
    }
    if (!placed && contact.isPresent() && body.stream().noneMatch(ArticleHandout::isWhenToCall)) {
      blocks.add(2, contactBox(contact.get()));
    }
    List<GlossaryTerm> used = termsUsed(article.body(), glossary);
    if (!used.isEmpty()) {
      // From A to Z, as a reader looks a word up on paper.
      used.sort(java.util.Comparator.comparing(t -> t.term().toLowerCase(Locale.ROOT)));
      List<Block> words = new ArrayList<>();
      for (GlossaryTerm term : used) {
        words.add(definition(term));
      }
      blocks.add(new Block.Box(messages.get("handout.wordsToKnow"), words));
    }
    sources(article, blocks);
    blocks.add(
        new Block.Paragraph(
            List.of(
                Block.Run.plain(
                    messages.get("article.reviewed", messages.date(article.reviewed())))),
            Block.Style.SMALL));
    return new Handout(article.title(), blocks);
  }

  /** A glossary entry's handout: the term, its other names, its meaning and the terms to see. */
  public Handout of(GlossaryTerm term, List<GlossaryTerm> glossary) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, term.term()));
    if (!term.aliases().isEmpty()) {
      blocks.add(
          new Block.Paragraph(
              List.of(
                  Block.Run.plain(
                      messages.get("handout.alsoCalled", String.join(", ", term.aliases())))),
              Block.Style.SUMMARY));
    }
    blocks.add(new Block.Paragraph(List.of(Block.Run.plain(term.definition()))));
    List<Block> seeAlso = new ArrayList<>();
    for (String name : term.seeAlso()) {
      find(glossary, name).ifPresent(other -> seeAlso.add(definition(other)));
    }
    if (!seeAlso.isEmpty()) {
      blocks.add(new Block.Box(messages.get("handout.seeAlso"), seeAlso));
    }
    return new Handout(term.term(), blocks);
  }

  private static boolean isWhenToCall(Block block) {
    return block instanceof Block.Heading heading
        && heading.text().strip().toLowerCase(Locale.ROOT).equals(WHEN_TO_CALL);
  }

  private Block contactBox(CareTeamContact contact) {
    List<Block> lines = new ArrayList<>();
    for (String line : contact.lines()) {
      lines.add(new Block.Paragraph(List.of(Block.Run.plain(line))));
    }
    return new Block.Box(contact.name(), lines);
  }

  private static Block definition(GlossaryTerm term) {
    return new Block.Paragraph(
        List.of(Block.Run.bold(term.term()), Block.Run.plain(": " + term.definition())));
  }

  private void sources(Article article, List<Block> blocks) {
    if (article.sources().isEmpty()) {
      return;
    }
    blocks.add(new Block.Heading(2, messages.get("article.sources")));
    int number = 1;
    for (Source source : article.sources()) {
      blocks.add(
          new Block.Item(
              (number++) + ".",
              0,
              List.of(
                  Block.Run.plain(source.title() + " \u2014 " + source.publisher() + ". "),
                  Block.Run.plain(source.url())),
              false));
    }
    article.sources().stream()
        .map(Source::url)
        .filter(url -> host(url) != null)
        .findFirst()
        .ifPresent(url -> blocks.add(new Block.Code(url, messages.get("handout.qr", host(url)))));
  }

  private static String host(String url) {
    try {
      String host = url.startsWith("https://") ? URI.create(url).getHost() : null;
      return host == null ? null : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The glossary terms {@code body} links to, in the order of their first link. */
  static List<GlossaryTerm> termsUsed(String body, List<GlossaryTerm> glossary) {
    Map<String, GlossaryTerm> byName = new LinkedHashMap<>();
    for (GlossaryTerm term : glossary) {
      byName.put(term.term().toLowerCase(Locale.ROOT), term);
    }
    List<GlossaryTerm> used = new ArrayList<>();
    for (String name : Markdown.glossaryTerms(Markdown.parse(body))) {
      GlossaryTerm term = byName.get(name.toLowerCase(Locale.ROOT));
      if (term != null && !used.contains(term)) {
        used.add(term);
      }
    }
    return used;
  }

  private static Optional<GlossaryTerm> find(List<GlossaryTerm> glossary, String name) {
    return glossary.stream().filter(t -> t.term().equalsIgnoreCase(name)).findFirst();
  }
}
