package org.careshelf.ui.shell;

/** Somewhere the reader can be: what back and forward move between. */
public sealed interface Place {

  /** The welcome screen. */
  record Home() implements Place {}

  /** A topic's page: its articles and subtopics. */
  record TopicPage(String topicId) implements Place {}

  /** An article. */
  record ArticlePage(String articleId) implements Place {}

  /** The glossary, open at a term (or at the top when null). */
  record GlossaryPage(String term) implements Place {}

  /** The reader's bookmarks. */
  record BookmarksPage() implements Place {}
}
