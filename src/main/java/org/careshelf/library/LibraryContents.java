package org.careshelf.library;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The library's table of contents, for finding one's way: topics, their articles in reading order,
 * the path from the top to any article, and each article's neighbours.
 */
public final class LibraryContents {

  private final Map<String, Topic> topics = new LinkedHashMap<>();
  private final Map<String, List<Topic>> children = new HashMap<>();
  private final Map<String, List<ArticleSummary>> articlesByTopic = new HashMap<>();
  private final Map<String, ArticleSummary> articles = new LinkedHashMap<>();

  /** {@code summaries} come in reading order within each topic, as LibraryReader returns them. */
  public LibraryContents(List<Topic> topics, List<ArticleSummary> summaries) {
    topics.stream()
        .sorted(Comparator.comparingInt(Topic::order).thenComparing(Topic::title))
        .forEach(
            t -> {
              this.topics.put(t.id(), t);
              children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
            });
    for (ArticleSummary a : summaries) {
      articles.put(a.id(), a);
      articlesByTopic.computeIfAbsent(a.topicId(), k -> new ArrayList<>()).add(a);
    }
  }

  /** An empty index, for before the library is loaded. */
  public static LibraryContents empty() {
    return new LibraryContents(List.of(), List.of());
  }

  /** The top-level topics, in order. */
  public List<Topic> topLevel() {
    return subtopics(null);
  }

  /** The subtopics of a topic (or the top level for null), in order. */
  public List<Topic> subtopics(String topicId) {
    return Collections.unmodifiableList(children.getOrDefault(topicId, List.of()));
  }

  /** The articles filed directly under a topic, in reading order. */
  public List<ArticleSummary> articles(String topicId) {
    return Collections.unmodifiableList(articlesByTopic.getOrDefault(topicId, List.of()));
  }

  /** Every article, in reading order within each topic. */
  public List<ArticleSummary> allArticles() {
    return List.copyOf(articles.values());
  }

  public Optional<Topic> topic(String id) {
    return Optional.ofNullable(topics.get(id));
  }

  public Optional<ArticleSummary> article(String id) {
    return Optional.ofNullable(articles.get(id));
  }

  /** The topics from the top down to the one holding {@code topicId}, inclusive. */
  public List<Topic> topicPath(String topicId) {
    List<Topic> path = new ArrayList<>();
    for (Topic t = topics.get(topicId);
        t != null && path.size() <= topics.size();
        t = topics.get(t.parentId())) {
      path.add(0, t);
    }
    return path;
  }

  /** The titles from the top topic down to {@code topicId}: "CAR T-cell therapy › The journey". */
  public String topicTrail(String topicId) {
    return String.join(" \u203a ", topicPath(topicId).stream().map(Topic::title).toList());
  }

  /** The first article of a topic in reading order, looking into its subtopics when it has none. */
  public Optional<ArticleSummary> firstArticle(String topicId) {
    List<ArticleSummary> own = articles(topicId);
    if (!own.isEmpty()) {
      return Optional.of(own.get(0));
    }
    return subtopics(topicId).stream()
        .map(t -> firstArticle(t.id()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The article before {@code id} in its topic. */
  public Optional<ArticleSummary> previous(String id) {
    return neighbour(id, -1);
  }

  /** The article after {@code id} in its topic. */
  public Optional<ArticleSummary> next(String id) {
    return neighbour(id, +1);
  }

  private Optional<ArticleSummary> neighbour(String id, int step) {
    ArticleSummary article = articles.get(id);
    if (article == null) {
      return Optional.empty();
    }
    List<ArticleSummary> siblings = articles(article.topicId());
    int at = siblings.indexOf(article) + step;
    return at >= 0 && at < siblings.size() ? Optional.of(siblings.get(at)) : Optional.empty();
  }
}
