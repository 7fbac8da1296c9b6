package org.careshelf.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.careshelf.content.CompileResult;
import org.careshelf.content.LibraryCompiler;
import org.careshelf.content.Problem;
import org.careshelf.library.LibraryVersion;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * {@code careshelf compile}: checks a folder of articles and writes a library file, replacing only
 * a plain file that is itself a CareShelf library, so a mistyped output path never costs a
 * document, a folder or a device ({@code /dev/full} was once replaced this way).
 */
final class CompileCommand {

  private static final byte[] SQLITE_HEADER =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private CompileCommand() {}

  static int run(Path articles, Path out, PrintStream stdout, PrintStream err) throws IOException {
    return run(List.of(articles), out, PackOptions.NONE, stdout, err);
  }

  /**
   * Compiles {@code folders} (the library, then any clinic folders) into {@code out} with the
   * version, date and leniency of {@code options}; prints every problem, or the counts and each
   * warning.
   */
  static int run(
      List<Path> folders, Path out, PackOptions options, PrintStream stdout, PrintStream err)
      throws IOException {
    for (Path articles : folders) {
      if (!Files.isDirectory(articles)) {
        err.println("careshelf: " + articles + " is not a folder of articles.");
        return Main.FAILED;
      }
    }
    // Whether the output may be replaced is asked beside the checks (opening it loads SQLite,
    // about 150 ms) and answered before anything is written or printed.
    FutureTask<Boolean> replaceable =
        new FutureTask<>(() -> !Files.exists(out, LinkOption.NOFOLLOW_LINKS) || isLibrary(out));
    Thread asking = new Thread(replaceable, "careshelf-compile-output");
    asking.setDaemon(true);
    asking.start();
    LibraryCompiler.Prepared prepared = LibraryCompiler.prepare(folders, compileOptions(options));
    if (!answer(replaceable)) {
      err.println(
          "careshelf: "
              + out
              + " is not a CareShelf library, so compile will not replace it; remove it or name"
              + " another file.");
      return Main.FAILED;
    }
    CompileResult result = LibraryCompiler.write(prepared, out);
    if (!result.ok()) {
      printProblems(result, folders, "library", err);
      return Main.FAILED;
    }
    stdout.printf(
        "Compiled %d articles, %d topics and %d glossary terms into %s%n",
        result.library().articles().size(),
        result.library().topics().size(),
        result.library().glossary().size(),
        out);
    warnings(result, folders.get(0), stdout);
    return Main.OK;
  }

  /** Compiles with today's date unless the options give one. */
  static CompileResult compile(List<Path> folders, Path out, PackOptions options)
      throws IOException {
    return LibraryCompiler.compile(folders, out, compileOptions(options));
  }

  private static LibraryCompiler.Options compileOptions(PackOptions options) {
    return new LibraryCompiler.Options(
        options.version() == null ? LibraryVersion.NONE : options.version(),
        options.date() == null ? LocalDate.now() : options.date(),
        options.lenient());
  }

  private static boolean answer(FutureTask<Boolean> question) throws IOException {
    try {
      return question.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the output file", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Prints a lenient compile's warnings, which {@code report} prints again from the library. */
  static void warnings(CompileResult result, Path first, PrintStream stdout) {
    if (!result.warnings().isEmpty()) {
      stdout.println(
          result.warnings().size()
              + (result.warnings().size() == 1 ? " warning" : " warnings")
              + " (--lenient), also printed by report:");
      for (Problem w : result.warnings()) {
        stdout.println("  " + LibraryCompiler.shown(w, first));
      }
    }
  }

  /**
   * True for a plain file (not a link, folder, device or pipe) that SQLite reads as a library of
   * any schema version: its tables {@code meta} and {@code article}, and a schema version.
   */
  static boolean isLibrary(Path file) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      if (!Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER)) {
        return false;
      }
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setOpenMode(SQLiteOpenMode.READONLY);
    try (Connection db = config.createConnection("jdbc:sqlite:" + file);
        Statement query = db.createStatement();
        ResultSet rows =
            query.executeQuery(
                "SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                    + " AND name IN ('meta', 'article')),"
                    + " (SELECT count(*) FROM meta WHERE key = 'schema_version')")) {
      return rows.next() && rows.getInt(1) == 2 && rows.getInt(2) == 1;
    } catch (SQLException e) {
      return false; // not readable as a library: exactly what must not be replaced
    }
  }

  /**
   * Prints every problem of a compile that wrote nothing, each as {@code path:line: message}, then
   * how many there were and that no {@code what} (library, pack) was written.
   */
  static void printProblems(
      CompileResult result, List<Path> folders, String what, PrintStream err) {
    for (Problem p : result.problems()) {
      err.println(LibraryCompiler.shown(p, folders.get(0)));
    }
    err.println(
        "careshelf: "
            + result.problems().size()
            + (result.problems().size() == 1 ? " problem" : " problems")
            + "; no "
            + what
            + " written.");
  }
}
