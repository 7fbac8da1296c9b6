package org.careshelf.ui.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careshelf.content.ArticleSummary;
import org.careshelf.content.Topic;

/** A topic with its subtopics and its articles, as the tree shows them. */
public record TopicNode(Topic topic, List<TopicNode> subtopics, List<ArticleSummary> articles) {

  public TopicNode {
    subtopics = List.copyOf(subtopics);
    articles = List.copyOf(articles);
  }

  /**
   * Builds the forest of top-level topics; topics keep their order, articles the order they are
   * given in.
   */
  public static List<TopicNode> build(List<Topic> topics, List<ArticleSummary> articles) {
    Map<String, List<ArticleSummary>> byTopic = new HashMap<>();
    for (ArticleSummary article : articles) {
      byTopic.computeIfAbsent(article.topicId(), k -> new ArrayList<>()).add(article);
    }
    Map<String, List<Topic>> children = new HashMap<>();
    for (Topic topic : topics) {
      children.computeIfAbsent(topic.parentId(), k -> new ArrayList<>()).add(topic);
    }
    return nodes(null, children, byTopic);
  }

  private static List<TopicNode> nodes(
      String parent, Map<String, List<Topic>> children, Map<String, List<ArticleSummary>> byTopic) {
    return children.getOrDefault(parent, List.of()).stream()
        .sorted(Comparator.comparingInt(Topic::order).thenComparing(Topic::title))
        .map(
            t ->
                new TopicNode(
                    t, nodes(t.id(), children, byTopic), byTopic.getOrDefault(t.id(), List.of())))
        .toList();
  }
}
