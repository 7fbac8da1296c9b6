package org.careshelf.handout;

import java.util.ArrayList;
import java.util.List;
import org.careshelf.library.Article;

/**
 * "My questions for my care team": the reader's bookmarks with their notes, then the questions
 * article's checklist, each with room to write the answers during the visit.
 */
final class QuestionsHandout {

  private final HandoutMessages messages;

  QuestionsHandout(HandoutMessages messages) {
    this.messages = messages;
  }

  /** The list for {@code questions} (bookmarks, newest first) and the questions article, if any. */
  Handout of(List<Question> questions, Article questionsArticle) {
    String title = messages.get("handout.questions.title");
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, title));
    blocks.add(
        new Block.Paragraph(
            List.of(Block.Run.plain(messages.get("handout.questions.intro"))),
            Block.Style.SUMMARY));
    if (!questions.isEmpty()) {
      blocks.add(new Block.Heading(2, messages.get("handout.questions.mine")));
      for (Question question : questions) {
        blocks.add(new Block.Paragraph(List.of(Block.Run.bold(question.about()))));
        if (!question.note().isBlank()) {
          blocks.add(new Block.Paragraph(List.of(Block.Run.plain(question.note().strip()))));
        }
        blocks.add(new Block.WritingLines(3));
      }
    }
    blocks.add(new Block.Heading(2, messages.get("handout.questions.more")));
    blocks.add(new Block.WritingLines(5));
    if (questionsArticle != null) {
      blocks.add(new Block.Heading(2, messages.get("handout.questions.checklist")));
      blocks.add(
          new Block.Paragraph(
              List.of(
                  Block.Run.plain(
                      messages.get("handout.questions.tick", questionsArticle.title()))),
              Block.Style.SMALL));
      blocks.addAll(checklist(questionsArticle));
    }
    return new Handout(title, blocks);
  }

  /**
   * The article's questions (list items that ask something) under their sections' headings, each
   * with a box to tick, and lines for the answers after each section.
   */
  static List<Block> checklist(Article article) {
    List<Block> out = new ArrayList<>();
    Block.Heading section = null;
    boolean asked = false;
    for (Block block : MarkdownBlocks.of(article.body(), "")) {
      if (block instanceof Block.Heading heading) {
        if (asked) {
          out.add(new Block.WritingLines(2));
        }
        section = new Block.Heading(3, heading.text());
        asked = false;
      } else if (block instanceof Block.Item item
          && item.runs().stream().anyMatch(r -> r.text().contains("?"))) {
        if (section != null) {
          out.add(section);
          section = null;
        }
        out.add(new Block.Item("", 0, item.runs(), true));
        asked = true;
      }
    }
    if (asked) {
      out.add(new Block.WritingLines(2));
    }
    return out;
  }
}
