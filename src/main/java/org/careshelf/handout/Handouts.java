package org.careshelf.handout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careshelf.content.Markdown;
import org.careshelf.library.Article;
import org.careshelf.library.GlossaryTerm;
import org.careshelf.library.LibraryReader;

/**
 * Finds what a handout id names and lays it out: an article's id (the safety card is the article
 * {@value #SAFETY_CARD}), {@code glossary:TERM} for a glossary entry, or {@value #MY_QUESTIONS} for
 * the reader's questions list. Reads the library, so callers call it off the FX thread.
 */
public final class Handouts {

  /** The id of the reader's "My questions for my care team". */
  public static final String MY_QUESTIONS = "my-questions";

  /** The safety card: an article of the library, the one meant to be printed and kept. */
  public static final String SAFETY_CARD = "safety-card";

  /** The article whose questions make the checklist of {@link #MY_QUESTIONS}. */
  public static final String QUESTIONS_ARTICLE = "questions-for-your-care-team";

  private final ArticleHandout articles;
  private final QuestionsHandout questions;
  private final Optional<CareTeamContact> contact;

  /** {@code contact} is the clinic's, printed on every "When to call your care team"; or empty. */
  public Handouts(HandoutMessages messages, Optional<CareTeamContact> contact) {
    this.articles = new ArticleHandout(messages);
    this.questions = new QuestionsHandout(messages);
    this.contact = contact;
  }

  /** An id that names nothing the library holds, with the ids that did not. */
  public static final class UnknownIds extends Exception {
    private final List<String> ids;

    UnknownIds(List<String> ids) {
      super("no article or glossary entry has the id " + String.join(", ", ids));
      this.ids = List.copyOf(ids);
    }

    public List<String> ids() {
      return ids;
    }
  }

  /** The glossary id of {@code term}: {@code glossary:TERM}. */
  public static String glossaryId(String term) {
    return Markdown.GLOSSARY_SCHEME + term;
  }

  /**
   * The handouts {@code ids} name, in order; {@code bookmarks} fill {@value #MY_QUESTIONS}. Every
   * unknown id is named at once, so one try tells all.
   */
  public List<Handout> forIds(LibraryReader library, List<String> ids, List<Question> bookmarks)
      throws UnknownIds {
    List<GlossaryTerm> glossary = library.glossary();
    List<Handout> found = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String id : ids) {
      Optional<Handout> handout = find(library, glossary, id, bookmarks);
      handout.ifPresentOrElse(found::add, () -> unknown.add(id));
    }
    if (!unknown.isEmpty()) {
      throw new UnknownIds(unknown);
    }
    return found;
  }

  private Optional<Handout> find(
      LibraryReader library, List<GlossaryTerm> glossary, String id, List<Question> bookmarks) {
    if (id.equals(MY_QUESTIONS)) {
      return Optional.of(questions.of(bookmarks, library.article(QUESTIONS_ARTICLE).orElse(null)));
    }
    if (id.startsWith(Markdown.GLOSSARY_SCHEME)) {
      String name = id.substring(Markdown.GLOSSARY_SCHEME.length()).strip();
      return glossary.stream()
          .filter(t -> t.names().stream().anyMatch(n -> n.equalsIgnoreCase(name)))
          .findFirst()
          .map(term -> articles.of(term, glossary));
    }
    Optional<Article> article = Markdown.isId(id) ? library.article(id) : Optional.empty();
    return article.map(a -> articles.of(a, glossary, contact));
  }
}
