package org.careshelf.content;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careshelf.library.Article;
import org.careshelf.library.Source;

/** Reads one article file: front matter, body, and the links in it, reporting what is wrong. */
final class ArticleParser {

  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "title",
          "topic",
          "summary",
          "reviewed",
          "sources",
          "related",
          "order",
          "questions");
  private static final Set<String> SOURCE_FIELDS = Set.of("title", "publisher", "url", "accessed");
  private static final String FENCE = "---";

  /** The most a front matter may weigh: the longest in the library is under 5 KB. */
  static final int FRONT_MATTER_LIMIT = 64 * 1024;

  private ArticleParser() {}

  /**
   * Parses {@code bytes} read from {@code path}; adds every problem found to {@code problems}, and
   * the article's id to {@code declaredIds} whenever the id itself is valid, so that one broken
   * article does not also report every link to it as broken.
   */
  static Optional<ParsedArticle> parse(
      String path, byte[] bytes, List<Problem> problems, Set<String> declaredIds) {
    Optional<String> decoded = Utf8.decode(path, bytes, problems);
    if (decoded.isEmpty()) {
      return Optional.empty();
    }
    String text = decoded.get();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\\R", -1);
    if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
      problems.add(
          new Problem(path, 1, "missing front matter: the file must start with a line '---'"));
      return Optional.empty();
    }
    int close = -1;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().equals(FENCE)) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      problems.add(
          new Problem(path, 1, "front matter is not closed: add a line '---' after the fields"));
      return Optional.empty();
    }
    String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, close));
    if (yaml.length() > FRONT_MATTER_LIMIT) {
      problems.add(
          new Problem(
              path,
              1,
              "the front matter is "
                  + yaml.length() / 1024
                  + " KB; it may be at most "
                  + FRONT_MATTER_LIMIT / 1024
                  + " KB"));
      return Optional.empty();
    }
    int before = problems.size();
    directionControls(path, lines, problems);
    Nesting.ofLines(path, lines, close + 1, problems);
    if (problems.size() > before) {
      // Deep nesting overflows Flexmark's own regular expressions: the text is not parsed.
      return Optional.empty();
    }
    String body = String.join("\n", java.util.Arrays.copyOfRange(lines, close + 1, lines.length));
    int bodyFirstLine = close + 2;

    Optional<YamlFields> fields =
        YamlFields.parse(yaml, path, 2, problems)
            .flatMap(node -> YamlFields.of(node, "the front matter", path, 2, problems));
    if (fields.isEmpty()) {
      if (problems.size() == before) {
        problems.add(new Problem(path, 1, "the front matter is empty"));
      }
      return Optional.empty();
    }
    YamlFields f = fields.get();
    f.rejectUnknown(FIELDS);
    String id = f.requiredText("id");
    if (id != null && !Markdown.isId(id)) {
      problems.add(
          new Problem(
              path,
              f.line("id"),
              "invalid id '" + id + "': use lowercase letters, digits and hyphens"));
      id = null;
    } else if (id != null) {
      declaredIds.add(id);
    }
    String title = f.requiredText("title");
    String topic = f.requiredText("topic");
    String summary = f.requiredText("summary");
    var reviewed = f.requiredDate("reviewed");
    List<Source> sources = sources(f, path, problems);
    List<String> related = f.textList("related");
    List<String> questions = f.textList("questions");
    Integer order = f.optionalInt("order");

    if (body.isBlank()) {
      problems.add(
          new Problem(path, bodyFirstLine, "the article has no text after its front matter"));
    }
    List<ParsedArticle.LinkRef> links = new ArrayList<>();
    List<ParsedArticle.LinkRef> glossaryLinks = new ArrayList<>();
    Document document = Markdown.parse(body);
    Nesting.ofNodes(document, path, bodyFirstLine, problems);
    collectLinks(document, path, bodyFirstLine, links, glossaryLinks, problems);

    if (problems.size() > before) {
      return Optional.empty();
    }
    Article article =
        new Article(id, title, topic, summary, reviewed, sources, related, order, body);
    return Optional.of(
        new ParsedArticle(
            article,
            document,
            path,
            new ParsedArticle.Lines(
                f.line("id"),
                f.line("topic"),
                f.line("sources"),
                f.line("related"),
                f.textListLines("related"),
                f.line("questions"),
                f.textListLines("questions"),
                bodyFirstLine),
            questions,
            links,
            glossaryLinks));
  }

  private static List<Source> sources(YamlFields f, String path, List<Problem> problems) {
    List<Source> sources = new ArrayList<>();
    List<YamlFields> entries = f.mappingList("sources", "source");
    if (f.has("sources") && entries.isEmpty()) {
      problems.add(new Problem(path, f.line("sources"), "an article needs at least one source"));
    }
    for (YamlFields s : entries) {
      s.rejectUnknown(SOURCE_FIELDS);
      String title = s.requiredText("title");
      String publisher = s.requiredText("publisher");
      String url = s.requiredText("url");
      var accessed = s.requiredDate("accessed");
      if (url != null && !url.startsWith("https://")) {
        problems.add(
            new Problem(path, s.line("url"), "a source's url must start with https:// : " + url));
      } else if (url != null && publisher != null) {
        QualityChecks.checkSource(path, s.line("url"), publisher, url, problems);
      }
      sources.add(new Source(title, publisher, url, accessed));
    }
    return sources;
  }

  /** Walks every node without recursion: a deep document must not overflow the stack here. */
  private static void collectLinks(
      Node document,
      String path,
      int bodyFirstLine,
      List<ParsedArticle.LinkRef> links,
      List<ParsedArticle.LinkRef> glossaryLinks,
      List<Problem> problems) {
    for (Node node : document.getDescendants()) {
      if (node instanceof Image image) {
        String url = image.getUrl().toString().strip();
        if (!url.startsWith("https://")) {
          problems.add(
              new Problem(
                  path,
                  bodyFirstLine + image.getLineNumber(),
                  "a picture's address must start with https:// : " + url));
        }
      }
      if (node instanceof Link link) {
        int line = bodyFirstLine + link.getLineNumber();
        String url = link.getUrl().toString().strip();
        Optional<String> target = Markdown.articleTarget(link);
        Optional<String> term = Markdown.glossaryTarget(link);
        if (target.isPresent()) {
          links.add(new ParsedArticle.LinkRef(target.get(), line));
        } else if (term.isPresent()) {
          glossaryLinks.add(new ParsedArticle.LinkRef(term.get(), line));
        } else if (!Markdown.isWebAddress(url)) {
          problems.add(
              new Problem(
                  path,
                  line,
                  "link to '"
                      + url
                      + "' is neither an article id, a glossary term (glossary:Term) nor a web"
                      + " address starting with https://"));
        } else if (url.regionMatches(true, 0, "http://", 0, 7)) {
          problems.add(
              new Problem(
                  path, line, "link to '" + url + "': use the address that starts with https://"));
        }
      }
    }
  }

  /**
   * Refuses the invisible characters that turn text around (U+202A to U+202E, U+2066 to U+2069): in
   * a title they make {@code gnp.exe} show as {@code exe.png}.
   */
  private static void directionControls(String path, String[] lines, List<Problem> problems) {
    for (int i = 0; i < lines.length; i++) {
      for (int j = 0; j < lines[i].length(); j++) {
        char c = lines[i].charAt(j);
        if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
          problems.add(
              new Problem(
                  path,
                  i + 1,
                  String.format(
                      "an invisible character that turns text around (U+%04X); remove it",
                      (int) c)));
          break;
        }
      }
    }
  }
}
