package org.careshelf.handout;

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
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.careshelf.content.Markdown;

/**
 * An article's Markdown body as handout blocks: headings, paragraphs, lists and tables. Links keep
 * their words; a link to the web also prints its address, since paper cannot be clicked.
 */
final class MarkdownBlocks {

  private final List<Block> out = new ArrayList<>();
  private final String picture;

  private MarkdownBlocks(String picture) {
    this.picture = picture;
  }

  /**
   * The blocks of {@code body}; a picture is printed as {@code picture} with its description in
   * place of {0}. Headings of level 1 become sections (level 2): the title is the handout's own.
   */
  static List<Block> of(String body, String picture) {
    MarkdownBlocks blocks = new MarkdownBlocks(picture);
    blocks.blocks(Markdown.parse(body), 0);
    return blocks.out;
  }

  private void blocks(Node parent, int depth) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      block(node, depth);
    }
  }

  private void block(Node node, int depth) {
    if (node instanceof Heading heading) {
      out.add(new Block.Heading(Math.max(2, heading.getLevel()), plainText(heading)));
    } else if (node instanceof Paragraph paragraph) {
      out.add(new Block.Paragraph(runs(paragraph)));
    } else if (node instanceof ListBlock list) {
      list(list, depth);
    } else if (node instanceof BlockQuote quote) {
      blocks(quote, depth);
    } else if (node instanceof TableBlock table) {
      table(table);
    } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
      String code = ((com.vladsch.flexmark.util.ast.Block) node).getContentChars().toString();
      out.add(new Block.Paragraph(List.of(Block.Run.plain(code.strip()))));
    } else if (node instanceof ThematicBreak || node instanceof HtmlBlockBase) {
      // A rule means nothing on paper, and raw HTML is never shown.
    } else {
      String words = node.getChars().toString().strip();
      if (!words.isEmpty()) {
        out.add(new Block.Paragraph(List.of(Block.Run.plain(words))));
      }
    }
  }

  private void list(ListBlock list, int depth) {
    int number = list instanceof OrderedList ordered ? ordered.getStartNumber() : 1;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem listItem)) {
        continue;
      }
      String marker = list instanceof OrderedList ? (number++) + "." : depth == 0 ? "•" : "–";
      List<Block.Run> words = new ArrayList<>();
      List<Node> nested = new ArrayList<>();
      for (Node child = listItem.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof Paragraph paragraph && nested.isEmpty()) {
          if (!words.isEmpty()) {
            words.add(Block.Run.plain(" "));
          }
          words.addAll(runs(paragraph));
        } else {
          nested.add(child);
        }
      }
      out.add(new Block.Item(marker, depth, words, false));
      for (Node child : nested) {
        block(child, depth + 1);
      }
    }
  }

  private void table(TableBlock table) {
    List<List<List<Block.Run>>> rows = new ArrayList<>();
    boolean header = false;
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      if (section instanceof TableSeparator) {
        continue;
      }
      header |= section instanceof TableHead;
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (row instanceof TableRow) {
          List<List<Block.Run>> cells = new ArrayList<>();
          for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
              cells.add(runs(cell));
            }
          }
          rows.add(cells);
        }
      }
    }
    if (!rows.isEmpty()) {
      out.add(new Block.Table(rows, header));
    }
  }

  /** The words of an inline container, bold where the Markdown is strong. */
  private List<Block.Run> runs(Node parent) {
    List<Block.Run> runs = new ArrayList<>();
    inlines(parent, false, runs);
    return runs;
  }

  private void inlines(Node parent, boolean bold, List<Block.Run> runs) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text || node instanceof Code) {
        String text =
            node instanceof Code code ? code.getText().toString() : node.getChars().toString();
        runs.add(new Block.Run(text, bold));
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        runs.add(new Block.Run(" ", bold));
      } else if (node instanceof StrongEmphasis) {
        inlines(node, true, runs);
      } else if (node instanceof Link link) {
        inlines(link, bold, runs);
        String address = link.getUrl().toString().strip();
        if (Markdown.isWebAddress(address) && !plainText(link).strip().equals(address)) {
          runs.add(new Block.Run(" (" + address + ")", false));
        }
      } else if (node instanceof Image image) {
        runs.add(new Block.Run(picture.replace("{0}", image.getText().toString()), bold));
      } else if (node instanceof HtmlInlineBase) {
        // Raw HTML is never shown.
      } else if (node.hasChildren()) {
        // Emphasis and other containers: their words, in the weight around them.
        inlines(node, bold, runs);
      } else {
        runs.add(new Block.Run(node.getChars().toString(), bold));
      }
    }
  }

  private static String plainText(Node node) {
    return new com.vladsch.flexmark.util.ast.TextCollectingVisitor().collectAndGetText(node);
  }
}
