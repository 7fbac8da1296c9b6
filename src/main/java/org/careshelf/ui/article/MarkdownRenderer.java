package org.careshelf.ui.article;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
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
import com.vladsch.flexmark.ast.OrderedListItem;
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
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.careshelf.content.Clinic;
import org.careshelf.content.Markdown;
import org.careshelf.ui.ClinicText;
import org.careshelf.ui.Headings;
import org.careshelf.ui.Messages;
import org.careshelf.ui.Styles;
import org.careshelf.ui.WrappingLink;

/**
 * Builds JavaFX nodes from a Markdown body, so article text is native, styled by the theme and
 * readable by screen readers. Raw HTML is dropped; links outside the library are shown, not opened.
 */
public final class MarkdownRenderer {

  private final Messages messages;
  private final Consumer<String> openArticle;
  private final BiConsumer<javafx.scene.Node, String> openGlossary;
  private Supplier<Optional<Clinic>> clinic = Optional::empty;

  /**
   * A renderer without a glossary: words the compiler linked to the glossary show as ordinary text,
   * since there is nothing to open.
   */
  public MarkdownRenderer(Messages messages, Consumer<String> openArticle) {
    this(messages, openArticle, null);
  }

  /**
   * {@code openArticle} is called with an article id when the reader follows a library link, {@code
   * openGlossary} with the marked word's node and its glossary term when the reader clicks, taps or
   * presses Enter on it.
   */
  public MarkdownRenderer(
      Messages messages,
      Consumer<String> openArticle,
      BiConsumer<javafx.scene.Node, String> openGlossary) {
    this.messages = messages;
    this.openArticle = openArticle;
    this.openGlossary = openGlossary;
  }

  /**
   * Puts the reader's own treatment center, when {@code clinic} gives one, at the top of every
   * "When to call your care team" section: "Call City Cancer Center at 555-0100 (day or night)."
   */
  public void showClinic(Supplier<Optional<Clinic>> clinic) {
    this.clinic = clinic;
  }

  /** Renders {@code markdown} as a column of block nodes. */
  public VBox render(String markdown) {
    VBox body = new VBox();
    body.getStyleClass().add(Styles.ARTICLE_BODY);
    if (!org.careshelf.content.Nesting.fits(markdown)) {
      // Laid out, such an article would overflow the stack on the FX thread (review M3).
      TextFlow sorry = flow(Styles.PARAGRAPH);
      sorry.getChildren().add(text(messages.get("article.tooDeep"), List.of()));
      body.getChildren().add(sorry);
      return body;
    }
    blocks(Markdown.parse(markdown), body.getChildren());
    return body;
  }

  private void blocks(Node parent, List<javafx.scene.Node> out) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      block(node).ifPresent(out::add);
      if (node instanceof Heading heading
          && parent instanceof com.vladsch.flexmark.util.ast.Document
          && Markdown.isCareTeamHeading(heading)) {
        clinic.get().ifPresent(c -> out.add(ClinicText.callBox(c, messages)));
      }
    }
  }

  private Optional<javafx.scene.Node> block(Node node) {
    if (node instanceof Heading heading) {
      TextFlow flow = flow(Styles.HEADING, Styles.heading(heading.getLevel() + 1));
      inlines(heading, flow, List.of());
      // The article's title is the one level-1 heading; its "##" sections are level 2.
      Headings.mark(flow, heading.getLevel());
      flow.setAccessibleText(heading.getText().toString().strip());
      return Optional.of(flow);
    }
    if (node instanceof com.vladsch.flexmark.ast.Reference) {
      // A reference link's definition ("[1]: https://...") is not text for the reader.
      return Optional.empty();
    }
    if (node instanceof Paragraph paragraph) {
      TextFlow flow = flow(Styles.PARAGRAPH);
      inlines(paragraph, flow, List.of());
      return Optional.of(flow);
    }
    if (node instanceof ListBlock list) {
      return Optional.of(list(list));
    }
    if (node instanceof BlockQuote quote) {
      VBox box = new VBox();
      box.getStyleClass().add(Styles.BLOCKQUOTE);
      blocks(quote, box.getChildren());
      return Optional.of(box);
    }
    if (node instanceof TableBlock table) {
      return Optional.of(table(table));
    }
    if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
      TextFlow flow = flow();
      flow.getChildren()
          .add(
              text(
                  ((com.vladsch.flexmark.util.ast.Block) node).getContentChars().toString(),
                  List.of(Styles.CODE)));
      return Optional.of(flow);
    }
    if (node instanceof ThematicBreak) {
      return Optional.of(new Separator());
    }
    if (node instanceof HtmlBlockBase) {
      return Optional.empty();
    }
    // Anything else (an extension block we do not style) still shows its words.
    String words = node.getChars().toString().strip();
    if (words.isEmpty()) {
      return Optional.empty();
    }
    TextFlow flow = flow(Styles.PARAGRAPH);
    flow.getChildren().add(text(words, List.of()));
    return Optional.of(flow);
  }

  private VBox list(ListBlock list) {
    VBox box = new VBox();
    box.getStyleClass().add(list instanceof OrderedList ? Styles.ORDERED_LIST : Styles.BULLET_LIST);
    int number = list instanceof OrderedList ordered ? ordered.getStartNumber() : 1;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem listItem)) {
        continue;
      }
      String marker = listItem instanceof OrderedListItem ? number++ + "." : "\u2022";
      Label bullet = new Label(marker);
      bullet.getStyleClass().add(Styles.LIST_MARKER);
      bullet.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      VBox content = new VBox();
      content.getStyleClass().add(Styles.LIST_ITEM_CONTENT);
      content.setMinWidth(0);
      blocks(listItem, content.getChildren());
      HBox row = new HBox(bullet, content);
      row.getStyleClass().add(Styles.LIST_ITEM);
      HBox.setHgrow(content, Priority.ALWAYS);
      box.getChildren().add(row);
    }
    return box;
  }

  private ArticleTable<TableCell> table(TableBlock table) {
    List<TableCell> header = new ArrayList<>();
    List<List<TableCell>> rows = new ArrayList<>();
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      if (section instanceof TableSeparator) {
        continue;
      }
      boolean head = section instanceof TableHead;
      for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
        if (!(r instanceof TableRow)) {
          continue;
        }
        List<TableCell> cells = new ArrayList<>();
        for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof TableCell cell) {
            cells.add(cell);
          }
        }
        if (head && header.isEmpty()) {
          header.addAll(cells);
        } else {
          rows.add(cells);
        }
      }
    }
    return new ArticleTable<>(
        header,
        rows,
        (cell, isHeader) -> {
          TextFlow flow =
              isHeader ? flow(Styles.TABLE_CELL, Styles.TABLE_HEADER) : flow(Styles.TABLE_CELL);
          inlines(cell, flow, isHeader ? List.of(Styles.STRONG) : List.of());
          return flow;
        });
  }

  private void inlines(Node parent, TextFlow flow, List<String> styles) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      inline(node, flow, styles);
    }
  }

  private void inline(Node node, TextFlow flow, List<String> styles) {
    if (node instanceof Text) {
      flow.getChildren().add(text(node.getChars().unescape(), styles));
    } else if (node instanceof SoftLineBreak) {
      flow.getChildren().add(text(" ", styles));
    } else if (node instanceof HardLineBreak) {
      flow.getChildren().add(text("\n", styles));
    } else if (node instanceof StrongEmphasis) {
      inlines(node, flow, with(styles, Styles.STRONG));
    } else if (node instanceof Emphasis) {
      inlines(node, flow, with(styles, Styles.EM));
    } else if (node instanceof Code code) {
      flow.getChildren().add(text(code.getText().toString(), with(styles, Styles.CODE)));
    } else if (node instanceof Link link) {
      link(link, flow, styles);
    } else if (node instanceof com.vladsch.flexmark.ast.AutoLink auto) {
      // An address written as <https://...>: shown, never opened, without its angle brackets.
      flow.getChildren()
          .add(text(auto.getText().toString(), with(styles, Styles.EXTERNAL_ADDRESS)));
    } else if (node instanceof com.vladsch.flexmark.ast.LinkRef ref) {
      // A reference link ("[the NCI][1]") shows its words, as a link outside the library does.
      String words =
          ref.hasChildren()
              ? new com.vladsch.flexmark.util.ast.TextCollectingVisitor().collectAndGetText(ref)
              : ref.getReference().toString();
      flow.getChildren().add(text(words, with(styles, Styles.EXTERNAL_LINK)));
    } else if (node instanceof Image image) {
      flow.getChildren()
          .add(
              text(
                  messages.get("article.picture", image.getText().toString()),
                  with(styles, Styles.EM)));
    } else if (node instanceof HtmlInlineBase) {
      // Raw HTML is never interpreted; the words around the tags are kept.
    } else if (node.hasChildren()) {
      inlines(node, flow, styles);
    } else {
      flow.getChildren().add(text(node.getChars().unescape(), styles));
    }
  }

  private void link(Link link, TextFlow flow, List<String> styles) {
    String words =
        new com.vladsch.flexmark.util.ast.TextCollectingVisitor().collectAndGetText(link);
    Optional<String> target = Markdown.articleTarget(link);
    Optional<String> term = Markdown.glossaryTarget(link);
    if (term.isPresent()) {
      if (openGlossary == null) {
        inlines(link, flow, styles);
      } else {
        flow.getChildren().add(glossaryTerm(words, term.get(), styles));
      }
    } else if (target.isPresent()) {
      Hyperlink hyperlink = new WrappingLink(words);
      hyperlink.getStyleClass().add(Styles.ARTICLE_LINK);
      hyperlink.setAccessibleText(words);
      hyperlink.setAccessibleHelp(messages.get("article.link.help", words));
      hyperlink.setOnAction(e -> openArticle.accept(target.get()));
      hyperlink.setUserData(target.get());
      flow.getChildren().add(hyperlink);
    } else {
      String url = link.getUrl().toString().strip();
      flow.getChildren().add(text(words, with(styles, Styles.EXTERNAL_LINK)));
      if (!url.equals(words)) {
        flow.getChildren().add(text(" (" + url + ")", with(styles, Styles.EXTERNAL_ADDRESS)));
      }
    }
  }

  private Hyperlink glossaryTerm(String words, String term, List<String> styles) {
    Hyperlink marked = new WrappingLink(words);
    marked.getStyleClass().add(Styles.GLOSSARY_TERM);
    marked.getStyleClass().addAll(styles);
    // The word itself is what a screen reader reads in the sentence; the help says what it does.
    marked.setAccessibleText(words);
    marked.setAccessibleHelp(messages.get("glossary.word.help", term));
    marked.setUserData(term);
    marked.setOnAction(e -> openGlossary.accept(marked, term));
    marked.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            marked.fire();
          }
        });
    return marked;
  }

  private static TextFlow flow(String... styles) {
    TextFlow flow = new TextFlow();
    flow.getStyleClass().addAll(styles);
    return flow;
  }

  private static javafx.scene.text.Text text(String words, List<String> styles) {
    javafx.scene.text.Text text = new javafx.scene.text.Text(words);
    text.getStyleClass().add(Styles.ARTICLE_TEXT);
    text.getStyleClass().addAll(styles);
    return text;
  }

  private static List<String> with(List<String> styles, String style) {
    List<String> result = new ArrayList<>(styles);
    result.add(style);
    return result;
  }
}
