package org.careshelf.content;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.List;

/**
 * An article as a list of {@link Passage}s, one for each block of text the reader's window shows
 * and in the same order ({@code ui.article.MarkdownRenderer} walks the same tree the same way), so
 * that a sentence being read can be found on screen.
 *
 * <p>For example {@code "## Fever\n\nCall [your team](care-team) at 100.4 °F."} gives a HEADING
 * "Fever" and a PARAGRAPH "Call your team at 100.4 °F.".
 */
public final class Passages {

  private final List<Passage> out = new ArrayList<>();

  private Passages() {}

  /** The title, the summary and then every block of the Markdown {@code body}. */
  public static List<Passage> of(String title, String summary, String body) {
    Passages passages = new Passages();
    passages.out.add(Passage.of(Passage.Kind.TITLE, title));
    passages.out.add(Passage.of(Passage.Kind.PARAGRAPH, summary));
    passages.blocks(Markdown.parse(body), Passage.Kind.PARAGRAPH);
    return List.copyOf(passages.out);
  }

  private void blocks(Node parent, Passage.Kind paragraphs) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      block(node, paragraphs);
    }
  }

  private void block(Node node, Passage.Kind paragraphs) {
    if (node instanceof Heading heading) {
      add(Passage.Kind.HEADING, heading, "", false);
    } else if (node instanceof Paragraph paragraph) {
      add(paragraphs, paragraph, "", false);
    } else if (node instanceof ListBlock list) {
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (item instanceof ListItem) {
          blocks(item, Passage.Kind.LIST_ITEM);
        }
      }
      markEndOfGroup();
    } else if (node instanceof BlockQuote quote) {
      blocks(quote, paragraphs);
    } else if (node instanceof TableBlock table) {
      table(table);
    } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
      out.add(Passage.of(Passage.Kind.CODE, ((Block) node).getContentChars().toString()));
    } else if (!(node instanceof ThematicBreak || node instanceof HtmlBlockBase)) {
      // As the renderer does, any other block still shows (and so says) its words.
      String words = node.getChars().toString().strip();
      if (!words.isEmpty()) {
        out.add(Passage.of(Passage.Kind.PARAGRAPH, words));
      }
    }
  }

  private void markEndOfGroup() {
    if (!out.isEmpty()) {
      Passage last = out.get(out.size() - 1);
      out.set(
          out.size() - 1, new Passage(last.kind(), last.text(), last.header(), last.quiet(), true));
    }
  }

  private void table(TableBlock table) {
    List<String> headers = new ArrayList<>();
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      if (section instanceof TableSeparator) {
        continue;
      }
      boolean head = section instanceof TableHead;
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          continue;
        }
        int column = 0;
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof TableCell cell) {
            if (head) {
              String header = add(Passage.Kind.TABLE_HEADER, cell, "", false).text();
              headers.add(header);
            } else {
              add(
                  Passage.Kind.TABLE_CELL,
                  cell,
                  column < headers.size() ? headers.get(column) : "",
                  false);
            }
            column++;
          }
        }
        if (!head) {
          markEndOfGroup();
        }
      }
    }
  }

  private Passage add(Passage.Kind kind, Node block, String header, boolean endsGroup) {
    StringBuilder text = new StringBuilder();
    List<Passage.Range> quiet = new ArrayList<>();
    inlines(block, text, quiet);
    Passage passage = new Passage(kind, text.toString(), header, quiet, endsGroup);
    out.add(passage);
    return passage;
  }

  private static void inlines(Node parent, StringBuilder text, List<Passage.Range> quiet) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      inline(node, text, quiet);
    }
  }

  private static void inline(Node node, StringBuilder text, List<Passage.Range> quiet) {
    if (node instanceof Text) {
      text.append(node.getChars().unescape());
    } else if (node instanceof SoftLineBreak) {
      text.append(' ');
    } else if (node instanceof HardLineBreak) {
      text.append('\n');
    } else if (node instanceof Code code) {
      text.append(code.getText());
    } else if (node instanceof Link link) {
      String words = new TextCollectingVisitor().collectAndGetText(link);
      if (Markdown.glossaryTarget(link).isPresent() || Markdown.articleTarget(link).isPresent()) {
        text.append(words);
      } else {
        text.append(words);
        String url = link.getUrl().toString().strip();
        if (!url.equals(words)) {
          // The window shows the address after the words; read aloud it would be noise.
          int start = text.length();
          text.append(" (").append(url).append(')');
          quiet.add(new Passage.Range(start, text.length()));
        }
      }
    } else if (node instanceof Image image) {
      text.append(image.getText());
    } else if (node instanceof HtmlInlineBase) {
      // Raw HTML is never shown, so never said.
    } else if (node.hasChildren()) {
      inlines(node, text, quiet);
    } else {
      text.append(node.getChars().unescape());
    }
  }
}
