package org.careshelf.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careshelf.library.Article;
import org.careshelf.library.GlossaryTerm;
import org.careshelf.library.Respelling;
import org.careshelf.library.Topic;

/**
 * Reads an articles folder (topics, glossary, articles) and checks it as a whole, collecting every
 * problem instead of stopping at the first.
 */
public final class ArticlesFolder {

  static final String TOPICS = "topics.yaml";

  private final Path root;
  private ArticleFiles files;
  private final List<Problem> problems = new ArrayList<>();
  // Filled by files parsed in parallel.
  private final Set<String> declaredIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final Map<String, Boolean> clinicalTopics = new HashMap<>();

  private ArticlesFolder(Path root) {
    this.root = root;
  }

  /** Reads and checks the library under {@code root}. */
  public static CompileResult read(Path root) {
    Checked checked = check(root);
    return new CompileResult(
        checked.problems(),
        checked.problems().isEmpty()
            ? new Library(
                checked.topics(),
                checked.articles().stream().map(ParsedArticle::article).toList(),
                checked.glossary(),
                checked.respellings())
            : null);
  }

  /** What the folder holds, each article parsed, and every problem found in it. */
  record Checked(
      List<Problem> problems,
      List<Topic> topics,
      List<ParsedArticle> articles,
      List<GlossaryTerm> glossary,
      List<Respelling> respellings) {}

  /** Reads and checks the library under {@code root}, keeping each article's parsed body. */
  static Checked check(Path root) {
    return new ArticlesFolder(root).check();
  }

  private Checked check() {
    try {
      files = Files.isDirectory(root) ? ArticleFiles.of(root) : null;
    } catch (IOException e) {
      problems.add(new Problem(".", 0, "cannot read the folder: " + e.getMessage()));
      return new Checked(problems, List.of(), List.of(), List.of(), List.of());
    }
    if (files == null) {
      problems.add(new Problem(".", 0, "not a folder of articles"));
      return new Checked(problems, List.of(), List.of(), List.of(), List.of());
    }
    Map<String, Integer> topicLines = new HashMap<>();
    List<Topic> topics = readTopics(topicLines);
    List<GlossaryTerm> glossary =
        readText(GlossaryFile.NAME)
            .map(text -> GlossaryFile.read(text, problems))
            .orElse(List.of());
    List<ParsedArticle> parsed = files.parseArticles(declaredIds, problems);
    checkArticles(parsed, topicLines.keySet());
    GlossaryFile.checkLinks(parsed, glossary, problems);
    // The respellings are optional: a library without them is read as the engines spell it.
    List<Respelling> respellings =
        Files.exists(root.resolve(PronunciationFile.NAME), java.nio.file.LinkOption.NOFOLLOW_LINKS)
            ? readText(PronunciationFile.NAME)
                .map(text -> PronunciationFile.read(text, glossary, parsed, problems))
                .orElse(List.of())
            : List.of();
    // Each article's checks (readability most of all) stand alone: run them side by side.
    parsed.parallelStream()
        .map(
            p -> {
              List<Problem> found = new ArrayList<>();
              QualityChecks.check(
                  p, clinicalTopics.getOrDefault(p.article().topicId(), false), found);
              return found;
            })
        .toList()
        .forEach(problems::addAll);
    problems.sort(Problem.BY_LOCATION);
    return new Checked(problems, topics, parsed, glossary, respellings);
  }

  private List<Topic> readTopics(Map<String, Integer> lines) {
    List<Topic> topics = new ArrayList<>();
    Optional<String> text = readText(TOPICS);
    if (text.isEmpty()) {
      return topics;
    }
    Map<String, String> parents = new HashMap<>();
    Map<String, Integer> parentLines = new HashMap<>();
    for (YamlFields f : YamlFields.entries(text.get(), TOPICS, "topic", problems)) {
      f.rejectUnknown(Set.of("id", "title", "parent", "order", "clinical"));
      String id = f.requiredText("id");
      String title = f.requiredText("title");
      String parent = f.optionalText("parent");
      Integer order = f.optionalInt("order");
      Boolean clinical = f.optionalBoolean("clinical");
      if (id == null) {
        continue;
      }
      if (!Markdown.isId(id)) {
        problems.add(
            new Problem(
                TOPICS,
                f.line("id"),
                "invalid topic id '" + id + "': use lowercase letters, digits and hyphens"));
        continue;
      }
      Integer first = lines.putIfAbsent(id, f.line("id"));
      if (first != null) {
        problems.add(
            new Problem(
                TOPICS,
                f.line("id"),
                "duplicate topic id '" + id + "' (first defined at line " + first + ")"));
        continue;
      }
      if (parent != null) {
        parents.put(id, parent);
        parentLines.put(id, f.line("parent"));
      }
      if (clinical != null) {
        clinicalTopics.put(id, clinical);
      }
      topics.add(new Topic(id, title, parent, order == null ? Integer.MAX_VALUE : order));
    }
    parents.forEach(
        (id, parent) -> {
          if (!lines.containsKey(parent)) {
            problems.add(
                new Problem(TOPICS, parentLines.get(id), "unknown parent topic '" + parent + "'"));
          } else if (isInCycle(id, parents)) {
            problems.add(
                new Problem(TOPICS, parentLines.get(id), "topic '" + id + "' is its own ancestor"));
          }
        });
    inheritClinical(topics, parents);
    return topics;
  }

  /** A topic that does not say whether it is clinical is clinical when its parent is. */
  private void inheritClinical(List<Topic> topics, Map<String, String> parents) {
    Map<String, Boolean> said = new HashMap<>(clinicalTopics);
    for (Topic topic : topics) {
      boolean clinical = false;
      Set<String> seen = new HashSet<>();
      for (String at = topic.id(); at != null && seen.add(at); at = parents.get(at)) {
        if (said.containsKey(at)) {
          clinical = said.get(at);
          break;
        }
      }
      clinicalTopics.put(topic.id(), clinical);
    }
  }

  private static boolean isInCycle(String id, Map<String, String> parents) {
    Set<String> seen = new HashSet<>();
    for (String at = id; at != null; at = parents.get(at)) {
      if (!seen.add(at)) {
        return true;
      }
    }
    return false;
  }

  private void checkArticles(List<ParsedArticle> parsed, Set<String> topics) {
    Map<String, ParsedArticle> byId = new HashMap<>();
    for (ParsedArticle p : parsed) {
      ParsedArticle first = byId.putIfAbsent(p.article().id(), p);
      if (first != null) {
        problems.add(
            new Problem(
                p.path(),
                p.idLine(),
                "duplicate id '"
                    + p.article().id()
                    + "' (also in "
                    + first.path()
                    + ":"
                    + first.idLine()
                    + ")"));
      }
    }
    for (ParsedArticle p : parsed) {
      Article a = p.article();
      if (!topics.contains(a.topicId())) {
        problems.add(
            new Problem(
                p.path(), p.lines().topic(), "unknown topic '" + a.topicId() + "': see " + TOPICS));
      }
      for (int i = 0; i < a.related().size(); i++) {
        String related = a.related().get(i);
        if (!declaredIds.contains(related)) {
          problems.add(
              new Problem(
                  p.path(),
                  p.lines().relatedIds().get(i),
                  "unknown related article '" + related + "'"));
        }
      }
      for (ParsedArticle.LinkRef link : p.links()) {
        if (!declaredIds.contains(link.target())) {
          problems.add(
              new Problem(
                  p.path(),
                  link.line(),
                  "link to article '" + link.target() + "', which does not exist"));
        }
      }
    }
  }

  private Optional<String> readText(String name) {
    Path file = root.resolve(name);
    if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      problems.add(new Problem(name, 0, "missing file: the library needs " + name));
      return Optional.empty();
    }
    return files
        .read(file, ArticleFiles.YAML_LIMIT, problems)
        .flatMap(bytes -> Utf8.decode(name, bytes, problems));
  }
}
