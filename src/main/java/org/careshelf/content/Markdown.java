package org.careshelf.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The one Markdown dialect of the library, shared by the compiler and the reader. */
public final class Markdown {

  /** The address scheme of links to the glossary: {@code [words](glossary:Term%20name)}. */
  public static final String GLOSSARY_SCHEME = "glossary:";

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern WEB = Pattern.compile("(?i)(https?://|mailto:)\\S+");
  // The parser keeps each line's place, so a node's line number is found by a binary search
  // rather than by counting the lines before it, which made the checks quadratic in a body's size.
  private static final Parser PARSER =
      Parser.builder(
              new MutableDataSet()
                  .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                  .set(Parser.TRACK_DOCUMENT_LINES, true))
          .build();

  private Markdown() {}

  /** Parses a Markdown body; the parser is thread-safe. */
  public static Document parse(String body) {
    return PARSER.parse(body);
  }

  /** True for a valid article or topic id: lowercase letters and digits joined by hyphens. */
  /** The heading every article in a clinical topic needs, matched ignoring case. */
  public static final String CARE_TEAM_SECTION = "When to call your care team";

  /**
   * True for a heading that opens the care-team section, ignoring case and a closing {@code .:?!}:
   * the compiler asks for it, and the reader puts the clinic's number under it.
   */
  public static boolean isCareTeamHeading(com.vladsch.flexmark.ast.Heading heading) {
    String words =
        new com.vladsch.flexmark.util.ast.TextCollectingVisitor()
            .collectAndGetText(heading)
            .strip();
    words = words.replaceAll("[.:?!]+$", "").strip();
    return words.equalsIgnoreCase(CARE_TEAM_SECTION);
  }

  public static boolean isId(String text) {
    return text != null && ID.matcher(text).matches();
  }

  /** The article a link points to, when its address is an article id. */
  public static Optional<String> articleTarget(Link link) {
    String url = link.getUrl().toString().strip();
    return isId(url) ? Optional.of(url) : Optional.empty();
  }

  /**
   * The glossary term a link points to, when its address is {@code glossary:<term>} with the term
   * URL-encoded; a badly encoded term is returned as written, so that it is reported as unknown.
   */
  public static Optional<String> glossaryTarget(Link link) {
    String url = link.getUrl().toString().strip();
    if (!url.startsWith(GLOSSARY_SCHEME)) {
      return Optional.empty();
    }
    String term = url.substring(GLOSSARY_SCHEME.length());
    try {
      return Optional.of(URLDecoder.decode(term, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.of(term);
    }
  }

  /** The address of a glossary link to {@code term}. */
  public static String glossaryAddress(String term) {
    return GLOSSARY_SCHEME + URLEncoder.encode(term, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The glossary terms a document links to, each once, in the order of their first link. */
  public static List<String> glossaryTerms(Document document) {
    List<String> terms = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof Link link) {
        glossaryTarget(link).filter(t -> !terms.contains(t)).ifPresent(terms::add);
      }
    }
    return terms;
  }

  /** The text of every heading in a document, one a line. */
  public static String headings(Document document) {
    StringBuilder text = new StringBuilder();
    for (Node node : document.getDescendants()) {
      if (node instanceof Heading heading) {
        text.append(heading.getText()).append('\n');
      }
    }
    return text.toString();
  }

  /**
   * The text of a document's paragraphs, list items, quotes and table cells, one run of words a
   * line, without its headings (they are indexed on their own): the search index and its snippets
   * then never run one cell, item or heading into the next ("tisagenlecleucelKymriahCD19").
   */
  public static String textRuns(Document document) {
    StringBuilder text = new StringBuilder();
    runs(document, text);
    return text.toString();
  }

  private static void runs(Node node, StringBuilder text) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Heading || child instanceof TableSeparator) {
        continue;
      }
      if (holdsBlocks(child)) {
        runs(child, text);
      } else if (child instanceof Block || child instanceof TableCell) {
        String run = new TextCollectingVisitor().collectAndGetText(child).strip();
        if (!run.isEmpty()) {
          text.append(SPACES.matcher(run).replaceAll(" ")).append('\n');
        }
      }
    }
  }

  private static boolean holdsBlocks(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Block
          || child instanceof TableHead
          || child instanceof TableBody
          || child instanceof TableRow
          || child instanceof TableCell) {
        return true;
      }
    }
    return false;
  }

  /** How many glossary links a document holds, counting repeated terms each time. */
  public static int glossaryLinkCount(Document document) {
    int count = 0;
    for (Node node : document.getDescendants()) {
      if (node instanceof Link link && glossaryTarget(link).isPresent()) {
        count++;
      }
    }
    return count;
  }

  /** True when a link points outside the library: shown to the reader, never opened. */
  public static boolean isWebAddress(String url) {
    return WEB.matcher(url.strip()).matches();
  }
}
