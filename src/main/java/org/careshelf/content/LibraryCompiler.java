package org.careshelf.content;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.careshelf.library.Article;
import org.careshelf.library.CompiledArticle;
import org.careshelf.library.LibraryVersion;
import org.careshelf.library.LibraryWriter;

/**
 * Compiles an articles folder into one SQLite library file, atomically: the output is either the
 * complete new library or left as it was. Each article is parsed once, when it is read; linking the
 * glossary parses its linked body once more, and the index's text is taken from that.
 */
public final class LibraryCompiler {

  private LibraryCompiler() {}

  /**
   * Reads and checks {@code articles}; when it has no problems, links glossary terms in each body
   * and writes the library to {@code out} through a temporary file in the same folder and a rename.
   * The result's articles hold the linked bodies, as stored.
   */
  public static CompileResult compile(Path articles, Path out) throws IOException {
    return compile(List.of(articles), out, new Options(LibraryVersion.NONE, null, false));
  }

  /**
   * How to compile: the library's version and date (may be null), and whether the reading-grade and
   * care-team-section rules are warnings ({@code --lenient}) rather than problems.
   */
  public record Options(LibraryVersion version, LocalDate date, boolean lenient) {}

  /**
   * As {@link #compile(Path, Path)}, from one or more folders (the library, then such folders as a
   * clinic's own articles: see {@link ArticlesFolder#check}); the warnings a lenient compile finds
   * are written into the library, for {@code report}.
   */
  public static CompileResult compile(List<Path> folders, Path out, Options options)
      throws IOException {
    return write(prepare(folders, options), out);
  }

  /**
   * A library read, checked and linked but not yet written: its problems, or its articles ready for
   * {@link #write}. Nothing is written to disk, so a caller can check, meanwhile, whether the
   * output may be replaced.
   */
  public static final class Prepared {
    private final List<Path> folders;
    private final Options options;
    private final ArticlesFolder.Checked checked;
    private final List<CompiledArticle> compiled;

    private Prepared(
        List<Path> folders,
        Options options,
        ArticlesFolder.Checked checked,
        List<CompiledArticle> compiled) {
      this.folders = List.copyOf(folders);
      this.options = options;
      this.checked = checked;
      this.compiled = compiled;
    }
  }

  /** Reads, checks and links {@code folders}; SQLite is made ready meanwhile, for the write. */
  public static Prepared prepare(List<Path> folders, Options options) {
    // Loading SQLite's native code takes about 150 ms; it is done beside the checks, not after.
    LibraryWriter.warmUp();
    ArticlesFolder.Checked checked = ArticlesFolder.check(folders, options.lenient());
    return new Prepared(
        folders, options, checked, checked.problems().isEmpty() ? compile(checked) : List.of());
  }

  /**
   * Writes a prepared library to {@code out} through a temporary file in the same folder and a
   * rename, unless it has problems; the result's articles hold the linked bodies, as stored.
   */
  public static CompileResult write(Prepared prepared, Path out) throws IOException {
    ArticlesFolder.Checked checked = prepared.checked;
    if (!checked.problems().isEmpty()) {
      return new CompileResult(checked.problems(), checked.warnings(), null);
    }
    List<CompiledArticle> compiled = prepared.compiled;
    Options options = prepared.options;
    List<Path> folders = prepared.folders;
    Library library =
        new Library(
            checked.topics(),
            compiled.stream().map(CompiledArticle::article).toList(),
            checked.glossary(),
            checked.respellings());
    Path target = out.toAbsolutePath();
    Path folder = target.getParent();
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, target.getFileName().toString(), ".tmp");
    try {
      Files.delete(temp);
      try {
        LibraryWriter.write(
            checked.topics(),
            compiled,
            checked.glossary(),
            checked.respellings(),
            new LibraryWriter.Stamp(
                options.version(),
                options.date(),
                checked.warnings().stream().map(w -> shown(w, folders.get(0))).toList()),
            temp);
      } catch (IOException e) {
        return new CompileResult(
            List.of(
                new Problem(target.toString(), 0, "cannot write the library: " + e.getMessage())),
            null);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return new CompileResult(List.of(), checked.warnings(), library);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** A problem as printed: a path in the first folder is named from that folder. */
  public static String shown(Problem problem, Path firstFolder) {
    String path =
        Path.of(problem.path()).isAbsolute()
            ? problem.path()
            : firstFolder.resolve(problem.path()).toString();
    return new Problem(path, problem.line(), problem.message()).toString();
  }

  /**
   * Each article with its body linked to the glossary and its text for the index. The linker and
   * the glossary's names are only read, so articles are compiled side by side.
   */
  private static List<CompiledArticle> compile(ArticlesFolder.Checked checked) {
    GlossaryLinker linker = new GlossaryLinker(checked.glossary());
    GlossaryWords names = new GlossaryWords(checked.glossary());
    return checked.articles().parallelStream()
        .map(
            parsed -> {
              Article a = parsed.article();
              GlossaryLinker.Linked linked = linker.link(a.body(), parsed.document());
              String headings = Markdown.headings(linked.document());
              String text = Markdown.textRuns(linked.document());
              String questions = String.join("\n", parsed.questions());
              return new CompiledArticle(
                  new Article(
                      a.id(),
                      a.title(),
                      a.topicId(),
                      a.summary(),
                      a.reviewed(),
                      a.sources(),
                      a.related(),
                      a.order(),
                      linked.body()),
                  linked.terms(),
                  names.mentionedIn(a.title(), questions, a.summary(), headings, text),
                  parsed.questions(),
                  headings,
                  text);
            })
        .toList();
  }
}
