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
   * Reads and checks {@code articles}; when it has no problems, writes the library to {@code out}
   * through a temporary file in the same folder and a rename.
   */
  public static CompileResult compile(Path articles, Path out) throws IOException {
    CompileResult result = LibraryReader.read(articles);
    if (!result.ok()) {
      return result;
    }
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
}
