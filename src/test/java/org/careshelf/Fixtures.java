package org.careshelf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.careshelf.content.CompileResult;
import org.careshelf.content.LibraryCompiler;

/** Test data: a small library of three articles, copied or compiled into a test's folder. */
public final class Fixtures {

  private Fixtures() {}

  /** The fixture library's source folder (read-only: copy it before changing it). */
  public static Path librarySource() {
    try {
      return Path.of(Fixtures.class.getResource("/org/careshelf/fixture/library").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies the fixture library into {@code dir} so a test can break it. */
  public static Path copyLibrary(Path dir) {
    Path source = librarySource();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path target = dir.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles the fixture library into {@code dir/content.db}. */
  public static Path compiledLibrary(Path dir) {
    try {
      Path db = dir.resolve("content.db");
      CompileResult result = LibraryCompiler.compile(librarySource(), db);
      if (!result.ok()) {
        throw new IllegalStateException("fixture library has problems: " + result.problems());
      }
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
