package org.careshelf.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.LibraryContents;
import org.careshelf.library.Topic;
import org.careshelf.ui.Messages;
import org.junit.jupiter.api.Test;

class CrumbsTest {

  final LibraryContents index =
      new LibraryContents(
          List.of(
              new Topic("car-t", "CAR T", null, 1), new Topic("journey", "Journey", "car-t", 1)),
          List.of(new ArticleSummary("apheresis", "Collecting cells", "journey", "")));
  final Messages messages = Messages.forLocale(Locale.ENGLISH);

  @Test
  void leadsFromHomeThroughTopicsToTheArticle() {
    assertThat(Crumbs.to(new Place.ArticlePage("apheresis"), index, messages))
        .extracting(Crumbs.Crumb::label)
        .containsExactly("Home", "CAR T", "Journey", "Collecting cells");
    assertThat(Crumbs.to(new Place.ArticlePage("apheresis"), index, messages).get(2).place())
        .isEqualTo(new Place.TopicPage("journey"));
  }

  @Test
  void homeIsJustHome() {
    assertThat(Crumbs.to(new Place.Home(), index, messages))
        .extracting(Crumbs.Crumb::label)
        .containsExactly("Home");
  }

  @Test
  void namesTheGlossaryAndBookmarks() {
    assertThat(Crumbs.to(new Place.GlossaryPage("CRS"), index, messages))
        .extracting(Crumbs.Crumb::label)
        .containsExactly("Home", "Glossary");
    assertThat(Crumbs.to(new Place.BookmarksPage(), index, messages))
        .extracting(Crumbs.Crumb::label)
        .containsExactly("Home", "Bookmarks");
  }
}
