package org.careshelf.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careshelf.library.GlossaryTerm;

/**
 * Links the first mention of each glossary term in an article body to the glossary, writing {@code
 * [words](glossary:Term)} into the Markdown.
 *
 * <p>The rules: a mention is the term or one of its aliases as whole words (a hyphen joins words,
 * so {@code CD19} is not found in {@code anti-CD19}); where names overlap, the longest one that
 * starts first wins, so {@code CAR T-cell therapy} is one mention, not three. Matching ignores
 * case, except that a name written in capitals ({@code ALL}, {@code CR}) matches only in capitals.
 * Only running text is searched: never headings, links, pictures, code, raw HTML or the header row
 * of a table (a header names a column; data cells are searched). A term the author already links
 * with {@code glossary:} is not linked again. A name broken over two source lines is not found.
 */
public final class GlossaryLinker {

  private record Name(String text, String term, boolean capitalsOnly) {}

  /**
   * An article body with its glossary links, the terms it links in order of first link, and the
   * linked body parsed.
   */
  public record Linked(String body, List<String> terms, Document document) {

    public Linked {
      terms = List.copyOf(terms);
    }
  }

  private record Insertion(int start, int end, String term) {}

  // Names by their first word, folded as String.regionMatches ignores case: a mention starts with
  // the same word as its name, so each word of a body is tried against a few names, not against
  // every name sharing its first letter (that was most of the compiler's work).
  private final Map<String, List<Name>> namesByFirstWord = new HashMap<>();

  /** A linker for {@code glossary}, whose names are each defined once. */
  public GlossaryLinker(List<GlossaryTerm> glossary) {
    for (GlossaryTerm term : glossary) {
      term.names().forEach(name -> add(name, term.term()));
    }
    namesByFirstWord
        .values()
        .forEach(
            names -> names.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed()));
  }

  private void add(String name, String term) {
    String text = name.strip();
    if (text.isEmpty()) {
      return;
    }
    boolean capitalsOnly =
        text.chars().anyMatch(Character::isUpperCase)
            && text.chars().noneMatch(Character::isLowerCase);
    String first = firstWord(text, 0, text.length());
    if (first.isEmpty()) {
      // A name that does not start with a letter or digit can never start at a word.
      return;
    }
    namesByFirstWord
        .computeIfAbsent(first, w -> new ArrayList<>())
        .add(new Name(text, term, capitalsOnly));
  }

  /** Links the first mention of each term in {@code body}; the author's words stay as they are. */
  public Linked link(String body) {
    return link(body, Markdown.parse(body));
  }

  /** Links {@code body}, already parsed as {@code document}, as {@link #link(String)} does. */
  public Linked link(String body, Document document) {
    List<String> authorLinked = Markdown.glossaryTerms(document);
    int authorLinks = Markdown.glossaryLinkCount(document);
    List<Insertion> mentions = new ArrayList<>();
    for (Text text : runningText(document)) {
      mentions.addAll(mentions(body, text.getStartOffset(), text.getEndOffset()));
    }
    Set<String> linked = new HashSet<>(authorLinked);
    List<Insertion> firsts = new ArrayList<>();
    for (Insertion mention : mentions) {
      if (linked.add(mention.term())) {
        firsts.add(mention);
      }
    }
    String result = apply(body, firsts);
    Document linkedDocument = Markdown.parse(result);
    if (!readsTheSame(document, linkedDocument, authorLinks + firsts.size())) {
      result = linkSafely(body, document, authorLinked, authorLinks, mentions);
      linkedDocument = Markdown.parse(result);
    }
    return new Linked(result, Markdown.glossaryTerms(linkedDocument), linkedDocument);
  }

  /**
   * The slow way, for the rare body where a link would change the text as the reader sees it (a
   * link written between emphasis markers inside a word can stop them being read as emphasis): each
   * mention is tried in turn and kept only when the text still reads the same, so a term whose
   * first mention cannot be linked is linked at its next one.
   */
  private static String linkSafely(
      String body,
      Document document,
      List<String> authorLinked,
      int authorLinks,
      List<Insertion> mentions) {
    Set<String> linked = new HashSet<>(authorLinked);
    List<Insertion> accepted = new ArrayList<>();
    for (Insertion mention : mentions) {
      if (linked.contains(mention.term())) {
        continue;
      }
      accepted.add(mention);
      if (readsTheSame(
          document, Markdown.parse(apply(body, accepted)), authorLinks + accepted.size())) {
        linked.add(mention.term());
      } else {
        accepted.remove(accepted.size() - 1);
      }
    }
    return apply(body, accepted);
  }

  private static boolean readsTheSame(Document original, Document document, int glossaryLinks) {
    TextCollectingVisitor words = new TextCollectingVisitor();
    return words.collectAndGetText(original).equals(words.collectAndGetText(document))
        && Markdown.glossaryLinkCount(document) == glossaryLinks;
  }

  private static String apply(String body, List<Insertion> insertions) {
    List<Insertion> ordered = new ArrayList<>(insertions);
    ordered.sort(Comparator.comparingInt(Insertion::start));
    StringBuilder out = new StringBuilder(body.length() + 40 * ordered.size());
    int at = 0;
    for (Insertion insertion : ordered) {
      out.append(body, at, insertion.start())
          .append('[')
          .append(body, insertion.start(), insertion.end())
          .append("](")
          .append(Markdown.glossaryAddress(insertion.term()))
          .append(')');
      at = insertion.end();
    }
    return out.append(body, at, body.length()).toString();
  }

  /** The text nodes a reader sees as running text, in reading order. */
  private static List<Text> runningText(Node parent) {
    List<Text> texts = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text text) {
        texts.add(text);
      } else if (!isSkipped(node)) {
        texts.addAll(runningText(node));
      }
    }
    return texts;
  }

  private static boolean isSkipped(Node node) {
    return node instanceof Heading
        || node instanceof Link
        || node instanceof LinkRef
        || node instanceof Image
        || node instanceof ImageRef
        || node instanceof AutoLink
        || node instanceof MailLink
        || node instanceof Reference
        || node instanceof Code
        || node instanceof FencedCodeBlock
        || node instanceof IndentedCodeBlock
        || node instanceof HtmlBlockBase
        || node instanceof HtmlInlineBase
        || node instanceof TableHead;
  }

  /**
   * Every mention in {@code body} between {@code start} and {@code end}, leftmost longest first.
   */
  private List<Insertion> mentions(String body, int start, int end) {
    List<Insertion> found = new ArrayList<>();
    int i = start;
    while (i < end) {
      Name name = isWordStart(body, i) ? longestAt(body, i, end) : null;
      if (name == null) {
        i++;
        continue;
      }
      found.add(new Insertion(i, i + name.text().length(), name.term()));
      i += name.text().length();
    }
    return found;
  }

  /** The run of letters and digits at {@code at}, folded as a case-blind comparison folds it. */
  private static String firstWord(String text, int at, int end) {
    StringBuilder word = new StringBuilder();
    for (int i = at; i < end && Character.isLetterOrDigit(text.charAt(i)); i++) {
      word.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
    }
    return word.toString();
  }

  private Name longestAt(String body, int at, int end) {
    List<Name> names = namesByFirstWord.get(firstWord(body, at, end));
    if (names == null) {
      return null;
    }
    for (Name name : names) {
      int length = name.text().length();
      if (at + length <= end
          && body.regionMatches(!name.capitalsOnly(), at, name.text(), 0, length)
          && isWordEnd(body, at + length)) {
        return name;
      }
    }
    return null;
  }

  private static boolean isWordStart(String body, int at) {
    if (!Character.isLetterOrDigit(body.charAt(at))) {
      return false;
    }
    if (at == 0) {
      return true;
    }
    char before = body.charAt(at - 1);
    if (Character.isLetterOrDigit(before) || before == '!') {
      // After '!', the inserted '[' would start a picture instead of a link.
      return false;
    }
    return !(before == '-' && at >= 2 && Character.isLetterOrDigit(body.charAt(at - 2)));
  }

  private static boolean isWordEnd(String body, int at) {
    if (at >= body.length()) {
      return true;
    }
    char after = body.charAt(at);
    if (Character.isLetterOrDigit(after)) {
      return false;
    }
    return !(after == '-'
        && at + 1 < body.length()
        && Character.isLetterOrDigit(body.charAt(at + 1)));
  }
}
