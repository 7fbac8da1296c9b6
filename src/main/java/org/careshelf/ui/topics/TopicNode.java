package org.careshelf.ui.topics;

import java.util.List;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.LibraryContents;
import org.careshelf.library.Topic;

/** A topic with its subtopics and its articles, as the tree shows them. */
public record TopicNode(Topic topic, List<TopicNode> subtopics, List<ArticleSummary> articles) {

  public TopicNode {
    subtopics = List.copyOf(subtopics);
    articles = List.copyOf(articles);
  }

  /** Builds the forest of top-level topics of a library, each level in its order. */
  public static List<TopicNode> build(LibraryContents index) {
    return build(index, index.topLevel());
  }

  private static List<TopicNode> build(LibraryContents index, List<Topic> level) {
    return level.stream()
        .map(t -> new TopicNode(t, build(index, index.subtopics(t.id())), index.articles(t.id())))
        .toList();
  }
}
