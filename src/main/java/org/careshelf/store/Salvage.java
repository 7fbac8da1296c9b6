package org.careshelf.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * Copies the reader's rows (bookmarks with their notes, reading places, settings) from one {@code
 * user.db} into another, taking every row that can still be read: from a damaged file set aside, or
 * from a healthy file CareShelf may not write, into memory.
 *
 * <p>A damaged file is never opened where it lies: it is copied to a private temporary folder, its
 * log's pages are written into the copy by {@link WalFile} (SQLite would drop a damaged log, and
 * deletes the log of a 0-byte file), and the copy is read.
 */
final class Salvage {

  private static final System.Logger LOG = System.getLogger(Salvage.class.getName());

  /** One table of the reader's data: its columns, and the check each row must pass. */
  private record Table(String name, String columns, int count, RowCheck check) {}

  @FunctionalInterface
  private interface RowCheck {
    boolean ok(Object[] row);
  }

  private static final List<Table> TABLES =
      List.of(
          new Table(
              "bookmark",
              "article_id, title, added_at, note",
              4,
              row -> text(row[0]) && text(row[1]) && instant(row[2])),
          new Table(
              "history",
              "article_id, opened_at, position",
              3,
              row -> text(row[0]) && instant(row[1]) && row[2] instanceof Number),
          new Table("setting", "key, value", 2, row -> text(row[0]) && text(row[1])));

  private Salvage() {}

  /**
   * Copies what can be read of {@code file} and its {@code -wal} (either may be missing) into
   * {@code into}, leaving both files exactly as they are.
   */
  static UserDataState.Recovered fromFiles(Path file, Connection into) throws IOException {
    return fromFiles(file, file.resolveSibling(file.getFileName() + "-wal"), into);
  }

  /** Copies what can be read of {@code file} with the log {@code wal} into {@code into}. */
  static UserDataState.Recovered fromFiles(Path file, Path wal, Connection into)
      throws IOException {
    Path work = Files.createTempDirectory("careshelf-salvage-");
    try {
      Path copy = work.resolve("user.db");
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        Files.copy(file, copy);
      } else {
        Files.createFile(copy);
      }
      // A rollback journal left by a crash is rolled back by SQLite in the copy, as in the file.
      Path journal = file.resolveSibling(file.getFileName() + "-journal");
      if (Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) {
        Files.copy(journal, work.resolve("user.db-journal"));
      }
      if (Files.exists(wal, LinkOption.NOFOLLOW_LINKS)) {
        Path walCopy = work.resolve("user.db.log");
        Files.copy(wal, walCopy);
        WalFile log = WalFile.read(walCopy, WalFile.pageSizeOf(copy));
        log.applyTo(walCopy, copy);
        Files.delete(walCopy);
      }
      SQLiteConfig config = new SQLiteConfig();
      config.setBusyTimeout(1000);
      try (Connection from = config.createConnection("jdbc:sqlite:" + copy)) {
        return rows(from, into);
      } catch (SQLException e) {
        LOG.log(Level.WARNING, "Nothing could be read from " + file, e);
        return UserDataState.Recovered.NONE;
      }
    } finally {
      deleteTree(work);
    }
  }

  /** Copies every row of {@code from} that reads and makes sense into {@code into}. */
  static UserDataState.Recovered rows(Connection from, Connection into) throws SQLException {
    try (Statement probe = from.createStatement();
        ResultSet rows = probe.executeQuery("SELECT count(*) FROM sqlite_master")) {
      rows.next();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "No table of the saved data can be read", e);
      return UserDataState.Recovered.NONE;
    }
    int[] counts = new int[TABLES.size()];
    boolean autoCommit = into.getAutoCommit();
    into.setAutoCommit(false);
    try {
      for (int t = 0; t < TABLES.size(); t++) {
        counts[t] = table(from, into, TABLES.get(t));
      }
      into.commit();
    } catch (SQLException e) {
      into.rollback();
      throw e;
    } finally {
      into.setAutoCommit(autoCommit);
    }
    return new UserDataState.Recovered(counts[0], counts[1], counts[2]);
  }

  /**
   * Reads a table in row order and, if a damaged page stops the reading, once more from the end, so
   * the rows on either side of the damage are kept.
   */
  private static int table(Connection from, Connection into, Table table) throws SQLException {
    if (absent(from, table.name())) {
      return 0;
    }
    String placeholders = "?" + ", ?".repeat(table.count() - 1);
    int copied = 0;
    try (PreparedStatement insert =
        into.prepareStatement(
            "INSERT OR IGNORE INTO "
                + table.name()
                + " ("
                + table.columns()
                + ") VALUES ("
                + placeholders
                + ")")) {
      for (String order : List.of("ASC", "DESC")) {
        try (Statement select = from.createStatement();
            ResultSet rows =
                select.executeQuery(
                    "SELECT "
                        + table.columns()
                        + " FROM "
                        + table.name()
                        + " ORDER BY rowid "
                        + order)) {
          while (rows.next()) {
            Object[] row = new Object[table.count()];
            for (int i = 0; i < row.length; i++) {
              row[i] = rows.getObject(i + 1);
            }
            if (table.check().ok(row)) {
              for (int i = 0; i < row.length; i++) {
                insert.setObject(i + 1, row[i] == null ? "" : row[i]);
              }
              copied += insert.executeUpdate();
            }
          }
          return copied; // read to the end: nothing more to find from the other side
        } catch (SQLException e) {
          LOG.log(Level.WARNING, "Part of the table " + table.name() + " could not be read", e);
        }
      }
    }
    return copied;
  }

  /** True when the file's schema, if it can be read, has no such table (a file never used). */
  private static boolean absent(Connection from, String table) {
    try (PreparedStatement find =
        from.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
      find.setString(1, table);
      try (ResultSet rows = find.executeQuery()) {
        return !rows.next();
      }
    } catch (SQLException e) {
      return false; // a damaged schema: try the table all the same
    }
  }

  private static boolean text(Object value) {
    return value instanceof String s && !s.isEmpty();
  }

  private static boolean instant(Object value) {
    if (!(value instanceof String s)) {
      return false;
    }
    try {
      Instant.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Removes a temporary folder of copies of saved data; a failure is logged. */
  static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "A temporary copy of saved data could not be removed: " + root, e);
    }
  }
}
