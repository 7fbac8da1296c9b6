package org.careshelf.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of an articles folder as the compiler may read them: plain files inside the folder,
 * each within a size limit. A link out of the folder, a device ({@code /dev/zero}), a pipe (which
 * would be waited on forever) or a file of many megabytes is reported as {@code file:1} and never
 * opened.
 */
final class ArticleFiles {

  /** The most an article may weigh: about 150,000 words, far more than any page a patient reads. */
  static final int ARTICLE_LIMIT = 1024 * 1024;

  /** The most {@code topics.yaml} or {@code glossary.yaml} may weigh. */
  static final int YAML_LIMIT = 2 * 1024 * 1024;

  private final Path root;
  private final Path realRoot;
  private final String prefix;

  private ArticleFiles(Path root, Path realRoot, String prefix) {
    this.root = root;
    this.realRoot = realRoot;
    this.prefix = prefix;
  }

  /** The files of the folder {@code root}, which must exist. */
  static ArticleFiles of(Path root) throws IOException {
    return of(root, "");
  }

  /**
   * The files of the folder {@code root}, named in problems after {@code prefix} (a second folder
   * compiled with the first is named by its full path, so each problem says which folder it is in).
   */
  static ArticleFiles of(Path root, String prefix) throws IOException {
    return new ArticleFiles(root, root.toRealPath(), prefix);
  }

  /** Every article file ({@code *.md} but README.md) under the folder, in order of path. */
  List<Path> articles() throws IOException {
    // Files.walk follows no links, so a linked folder is not entered; a linked file is listed
    // and then refused by read() unless it stays inside the folder.
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> p.getFileName().toString().endsWith(".md"))
          .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).equals("readme.md"))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    }
  }

  /**
   * Reads and parses every article; adds each article's id to {@code declaredIds} and every problem
   * to {@code problems}. Files are parsed in parallel, each with its own list of problems: a
   * library of thousands of articles compiles in half the time on two cores.
   */
  List<ParsedArticle> parseArticles(Set<String> declaredIds, List<Problem> problems) {
    List<Path> files;
    try {
      files = articles();
    } catch (IOException e) {
      problems.add(new Problem(".", 0, "cannot list the folder: " + e.getMessage()));
      return List.of();
    }
    record Outcome(Optional<ParsedArticle> article, List<Problem> problems) {}
    List<Outcome> outcomes =
        files.parallelStream()
            .map(
                file -> {
                  List<Problem> found = new ArrayList<>();
                  Optional<ParsedArticle> article =
                      read(file, ARTICLE_LIMIT, found)
                          .flatMap(
                              bytes ->
                                  ArticleParser.parse(relative(file), bytes, found, declaredIds));
                  return new Outcome(article, found);
                })
            .toList();
    List<ParsedArticle> parsed = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      outcome.article().ifPresent(parsed::add);
      problems.addAll(outcome.problems());
    }
    return parsed;
  }

  /**
   * The bytes of {@code file}, or empty with a problem added when it is not a plain file inside the
   * folder, is larger than {@code limit} or cannot be read.
   */
  Optional<byte[]> read(Path file, int limit, List<Problem> problems) {
    String path = relative(file);
    try {
      Path real = file.toRealPath();
      if (!real.startsWith(realRoot)) {
        problems.add(
            new Problem(
                path,
                1,
                "a link to a file outside the articles folder; only files in it are read"));
        return Optional.empty();
      }
      if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
        problems.add(
            new Problem(
                path, 1, "not a plain file (a device, a pipe or a folder); only files are read"));
        return Optional.empty();
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
        bytes = in.readNBytes(limit + 1);
      }
      if (bytes.length > limit) {
        problems.add(
            new Problem(
                path,
                1,
                "the file is "
                    + (Files.size(real) + 1023) / 1024
                    + " KB; a file here may be at most "
                    + limit / 1024
                    + " KB"));
        return Optional.empty();
      }
      return Optional.of(bytes);
    } catch (IOException e) {
      problems.add(new Problem(path, 1, "cannot read the file: " + e.getMessage()));
      return Optional.empty();
    }
  }

  /** The path of {@code file} from the folder, with forward slashes, as problems name it. */
  String relative(Path file) {
    return prefix + root.relativize(file).toString().replace('\\', '/');
  }
}
