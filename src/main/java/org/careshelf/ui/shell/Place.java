package org.careshelf.ui.shell;

/**
 * Somewhere the reader can be: what back and forward move between. Code that treats each place in
 * its own way does it through a {@link Visitor}, so that a new kind of place cannot be forgotten.
 */
public sealed interface Place {

  /** Hands this place to the visitor's method for its kind. */
  <R> R accept(Visitor<R> visitor);

  /** One method for each kind of place. */
  interface Visitor<R> {
    R home(Home home);

    R topic(TopicPage topic);

    R article(ArticlePage article);

    R glossary(GlossaryPage glossary);

    R bookmarks(BookmarksPage bookmarks);

    R help(HelpPage help);
  }

  /** The welcome screen. */
  record Home() implements Place {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.home(this);
    }
  }

  /** A topic's page: its articles and subtopics. */
  record TopicPage(String topicId) implements Place {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.topic(this);
    }
  }

  /** An article. */
  record ArticlePage(String articleId) implements Place {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.article(this);
    }
  }

  /** The glossary, open at a term (or at the top when null). */
  record GlossaryPage(String term) implements Place {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.glossary(this);
    }
  }

  /** The reader's bookmarks. */
  record BookmarksPage() implements Place {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.bookmarks(this);
    }
  }

  /** How CareShelf works, and its keyboard shortcuts. */
  record HelpPage() implements Place {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.help(this);
    }
  }
}
