package org.careshelf.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.nio.file.Path;
import org.careshelf.library.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The library in {@code articles/} passes every check, and linking keeps every word. */
class BundledLibraryTest {

  private static CompileResult read;

  @BeforeAll
  static void read() {
    read = ArticlesFolder.read(Path.of("articles"));
  }

  @Test
  void compilesWithoutProblems() {
    assertThat(read.problems()).isEmpty();
  }

  @Test
  void glossaryLinksChangeNoWordOfAnyArticle() {
    Library library = read.library();
    GlossaryLinker linker = new GlossaryLinker(library.glossary());
    TextCollectingVisitor words = new TextCollectingVisitor();

    for (Article article : library.articles()) {
      GlossaryLinker.Linked linked = linker.link(article.body());
      assertThat(words.collectAndGetText(Markdown.parse(linked.body())))
          .as(article.id())
          .isEqualTo(words.collectAndGetText(Markdown.parse(article.body())));
      assertThat(Markdown.glossaryLinkCount(Markdown.parse(linked.body())))
          .as(article.id())
          .isEqualTo(linked.terms().size());
    }
  }
}
