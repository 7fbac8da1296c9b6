package org.careshelf.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryContentsTest {

  final LibraryContents index =
      new LibraryContents(
          List.of(
              new Topic("child", "Child", "top", 1),
              new Topic("top", "Top", null, 1),
              new Topic("other", "Other", null, 2)),
          List.of(
              new ArticleSummary("a", "A", "child", ""),
              new ArticleSummary("b", "B", "child", ""),
              new ArticleSummary("c", "C", "child", ""),
              new ArticleSummary("d", "D", "other", "")));

  @Test
  void findsTheTopicPathFromTheTop() {
    assertThat(index.topicPath("child")).extracting(Topic::id).containsExactly("top", "child");
    assertThat(index.topicPath("nowhere")).isEmpty();
  }

  @Test
  void findsNeighboursWithinATopicOnly() {
    assertThat(index.previous("a")).isEmpty();
    assertThat(index.next("a")).map(ArticleSummary::id).contains("b");
    assertThat(index.previous("c")).map(ArticleSummary::id).contains("b");
    assertThat(index.next("c")).isEmpty();
    assertThat(index.next("d")).isEmpty();
  }

  @Test
  void listsLevelsInOrder() {
    assertThat(index.topLevel()).extracting(Topic::id).containsExactly("top", "other");
    assertThat(index.subtopics("top")).extracting(Topic::id).containsExactly("child");
    assertThat(index.articles("child"))
        .extracting(ArticleSummary::id)
        .containsExactly("a", "b", "c");
  }
}
