package org.careshelf.ui.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.LibraryContents;
import org.careshelf.library.Topic;
import org.junit.jupiter.api.Test;

class TopicNodeTest {

  @Test
  void nestsSubtopicsAndArticlesInOrder() {
    List<Topic> topics =
        List.of(
            new Topic("b", "Second", null, 2),
            new Topic("a", "First", null, 1),
            new Topic("a2", "Child", "a", 1));
    List<ArticleSummary> articles =
        List.of(new ArticleSummary("x", "X", "a", ""), new ArticleSummary("y", "Y", "a2", ""));

    List<TopicNode> roots = TopicNode.build(new LibraryContents(topics, articles));

    assertThat(roots).extracting(n -> n.topic().id()).containsExactly("a", "b");
    assertThat(roots.get(0).articles()).extracting(ArticleSummary::id).containsExactly("x");
    assertThat(roots.get(0).subtopics().get(0).articles())
        .extracting(ArticleSummary::id)
        .containsExactly("y");
    assertThat(roots.get(1).articles()).isEmpty();
  }
}
