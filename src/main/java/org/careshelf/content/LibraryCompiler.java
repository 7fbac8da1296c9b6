package org.careshelf.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.List;

/**
 * Compiles an articles folder into one SQLite library file, atomically: the output is either the
 * complete new library or left as it was.
 */
public final class LibraryCompiler {

  private LibraryCompiler() {}

  /**
   * Reads and checks {@code articles}; when it has no problems, links glossary terms in each body
   * and writes the library to {@code out} through a temporary file in the same folder and a rename.
   * The result's articles hold the linked bodies, as stored.
   */
  public static CompileResult compile(Path articles, Path out) throws IOException {
    CompileResult read = LibraryReader.read(articles);
    if (!read.ok()) {
      return read;
    }
    CompileResult result = new CompileResult(List.of(), linkGlossary(read.library()));
    Path target = out.toAbsolutePath();
    Path folder = target.getParent();
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, target.getFileName().toString(), ".tmp");
    try {
      Files.delete(temp);
      LibraryWriter.write(result.library(), temp);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return result;
    } catch (SQLException e) {
      return new CompileResult(
          List.of(new Problem(target.toString(), 0, "cannot write the library: " + e.getMessage())),
          null);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The library with each article's body linked to the glossary; the sources stay unchanged. */
  static Library linkGlossary(Library library) {
    GlossaryLinker linker = new GlossaryLinker(library.glossary());
    // The linker only reads its tables, so articles are linked side by side.
    List<Article> linked =
        library.articles().parallelStream()
            .map(
                a ->
                    new Article(
                        a.id(),
                        a.title(),
                        a.topicId(),
                        a.summary(),
                        a.reviewed(),
                        a.sources(),
                        a.related(),
                        a.order(),
                        linker.link(a.body()).body()))
            .toList();
    return new Library(library.topics(), linked, library.glossary());
  }
}
