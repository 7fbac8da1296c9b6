package org.careshelf.content;

import java.util.List;
import org.careshelf.library.Article;
import org.careshelf.library.GlossaryTerm;
import org.careshelf.library.Respelling;
import org.careshelf.library.Topic;

/** Everything the library's sources hold, checked and ready to be written. */
public record Library(
    List<Topic> topics,
    List<Article> articles,
    List<GlossaryTerm> glossary,
    List<Respelling> respellings) {

  public Library {
    topics = List.copyOf(topics);
    articles = List.copyOf(articles);
    glossary = List.copyOf(glossary);
    respellings = List.copyOf(respellings);
  }
}
