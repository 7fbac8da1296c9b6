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

  private final List<Path> roots;
  private final boolean lenient;
  private Path root;
  private String prefix = "";
  private ArticleFiles files;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();
  // Filled by files parsed in parallel.
  private final Set<String> declaredIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final Map<String, Boolean> clinicalTopics = new HashMap<>();
  // Every folder's topics with their parents: a clinic's topic may sit under the library's.
  private final Map<String, String> parents = new HashMap<>();

  private ArticlesFolder(List<Path> roots, boolean lenient) {
    this.roots = List.copyOf(roots);
    this.lenient = lenient;
  }

  /** Reads and checks the library under {@code root}. */
  public static CompileResult read(Path root) {
    Checked checked = check(List.of(root), false);
    return new CompileResult(
        checked.problems(),
        checked.warnings(),
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
      List<Problem> warnings,
      List<Topic> topics,
      List<ParsedArticle> articles,
      List<GlossaryTerm> glossary,
      List<Respelling> respellings) {}

  /**
   * Reads and checks one library from {@code roots}, keeping each article's parsed body. The first
   * folder is the library (its topics, glossary and articles); each further folder, such as a
   * clinic's own articles, adds its own {@code topics.yaml} and articles, and may link to the
   * first's articles and glossary. Problems in a further folder name it by its full path. A {@code
   * lenient} check makes the reading-grade and care-team-section rules warnings.
   */
  static Checked check(Path root) {
    return check(List.of(root), false);
  }

  /** See {@link #check(Path)}; the further folders and leniency are said above it. */
  static Checked check(List<Path> roots, boolean lenient) {
    return new ArticlesFolder(roots, lenient).check();
  }

  private Checked check() {
    Map<String, Integer> topicLines = new HashMap<>();
    List<Topic> topics = new ArrayList<>();
    List<GlossaryTerm> glossary = List.of();
    List<ParsedArticle> parsed = new ArrayList<>();
    Optional<String> pronunciation = Optional.empty();
    for (int i = 0; i < roots.size(); i++) {
      root = roots.get(i);
      prefix = i == 0 ? "" : root.toAbsolutePath().normalize() + "/";
      try {
        files = Files.isDirectory(root) ? ArticleFiles.of(root, prefix) : null;
      } catch (IOException e) {
        problems.add(new Problem(prefix + ".", 0, "cannot read the folder: " + e.getMessage()));
        continue;
      }
      if (files == null) {
        problems.add(new Problem(prefix + ".", 0, "not a folder of articles"));
        continue;
      }
      topics.addAll(readTopics(topicLines));
      if (i == 0) {
        glossary =
            readText(GlossaryFile.NAME)
                .map(text -> GlossaryFile.read(text, problems))
                .orElse(List.of());
        // The respellings are optional: a library without them is read as the engines spell it.
        if (Files.exists(
            root.resolve(PronunciationFile.NAME), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          pronunciation = readText(PronunciationFile.NAME);
        }
      } else if (Files.exists(root.resolve(GlossaryFile.NAME))) {
        problems.add(
            new Problem(
                prefix + GlossaryFile.NAME,
                1,
                "a further folder uses the first folder's glossary; put its terms there"));
      }
      parsed.addAll(files.parseArticles(declaredIds, problems));
    }
    inheritClinical(topics);
    checkArticles(parsed, topicLines.keySet());
    GlossaryFile.checkLinks(parsed, glossary, problems);
    List<GlossaryTerm> terms = glossary;
    List<Respelling> respellings =
        pronunciation
            .map(text -> PronunciationFile.read(text, terms, parsed, problems))
            .orElse(List.of());
    // Each article's checks (readability most of all) stand alone: run them side by side.
    record Found(List<Problem> problems, List<Problem> warnings) {}
    parsed.parallelStream()
        .map(
            p -> {
              Found found = new Found(new ArrayList<>(), new ArrayList<>());
              QualityChecks.check(
                  p,
                  clinicalTopics.getOrDefault(p.article().topicId(), false),
                  found.problems(),
                  lenient ? found.warnings() : found.problems());
              return found;
            })
        .toList()
        .forEach(
            f -> {
              problems.addAll(f.problems());
              warnings.addAll(f.warnings());
            });
    problems.sort(Problem.BY_LOCATION);
    warnings.sort(Problem.BY_LOCATION);
    return new Checked(problems, warnings, topics, parsed, glossary, respellings);
  }

  private List<Topic> readTopics(Map<String, Integer> lines) {
    List<Topic> topics = new ArrayList<>();
    Optional<String> text = readText(TOPICS);
    if (text.isEmpty()) {
      return topics;
    }
    Map<String, String> ownParents = new HashMap<>();
    Map<String, Integer> parentLines = new HashMap<>();
    for (YamlFields f : YamlFields.entries(text.get(), prefix + TOPICS, "topic", problems)) {
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
                prefix + TOPICS,
                f.line("id"),
                "invalid topic id '" + id + "': use lowercase letters, digits and hyphens"));
        continue;
      }
      Integer first = lines.putIfAbsent(id, f.line("id"));
      if (first != null) {
        problems.add(
            new Problem(
                prefix + TOPICS,
                f.line("id"),
                "duplicate topic id '" + id + "' (first defined at line " + first + ")"));
        continue;
      }
      if (parent != null) {
        ownParents.put(id, parent);
        parentLines.put(id, f.line("parent"));
      }
      if (clinical != null) {
        clinicalTopics.put(id, clinical);
      }
      topics.add(new Topic(id, title, parent, order == null ? Integer.MAX_VALUE : order));
    }
    parents.putAll(ownParents);
    ownParents.forEach(
        (id, parent) -> {
          if (!lines.containsKey(parent)) {
            problems.add(
                new Problem(
                    prefix + TOPICS, parentLines.get(id), "unknown parent topic '" + parent + "'"));
          } else if (isInCycle(id, parents)) {
            problems.add(
                new Problem(
                    prefix + TOPICS,
                    parentLines.get(id),
                    "topic '" + id + "' is its own ancestor"));
          }
        });
    return topics;
  }

  /** A topic that does not say whether it is clinical is clinical when its parent is. */
  private void inheritClinical(List<Topic> topics) {
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
      problems.add(new Problem(prefix + name, 0, "missing file: the library needs " + name));
      return Optional.empty();
    }
    return files
        .read(file, ArticleFiles.YAML_LIMIT, problems)
        .flatMap(bytes -> Utf8.decode(prefix + name, bytes, problems));
  }
}
