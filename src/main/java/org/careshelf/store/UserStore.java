package org.careshelf.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.careshelf.sqlite.Sql;
import org.careshelf.sqlite.SqlScript;
import org.careshelf.sqlite.StoreException;
import org.sqlite.SQLiteConfig;

/**
 * The reader's bookmarks, reading history and settings in {@code user.db}. Every write is durable
 * (WAL with {@code synchronous=FULL}); calls block, so callers make them off the FX thread.
 */
public final class UserStore implements AutoCloseable {

  static final String FILE = "user.db";
  private static final String SCHEMA = "/org/careshelf/store/user-schema.sql";
  private static final String VERSION = "1";

  private final Connection db;
  private final Clock clock;
  private final Path setAside;

  private UserStore(Connection db, Clock clock, Path setAside) {
    this.db = db;
    this.clock = clock;
    this.setAside = setAside;
  }

  /**
   * Opens {@code dataDir/user.db}, creating it when missing. A file that cannot be read as the
   * reader's data is moved aside (kept, never deleted) and a fresh one is started; {@link
   * #setAside()} then names the old file.
   */
  public static UserStore open(Path dataDir, Clock clock) {
    Path file = dataDir.resolve(FILE);
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new StoreException("The folder " + dataDir + " cannot be created.", e);
    }
    try {
      return new UserStore(connect(file), clock, null);
    } catch (SQLException | StoreException e) {
      Path aside = moveAside(file, clock);
      try {
        return new UserStore(connect(file), clock, aside);
      } catch (SQLException again) {
        throw new StoreException("Your saved data in " + file + " cannot be opened.", again);
      }
    }
  }

  private static Connection connect(Path file) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(5000);
    Connection db = config.createConnection("jdbc:sqlite:" + file);
    try {
      try (Statement check = db.createStatement();
          ResultSet rows = check.executeQuery("PRAGMA quick_check")) {
        if (!rows.next() || !"ok".equalsIgnoreCase(rows.getString(1))) {
          throw new SQLException("user data failed its integrity check");
        }
      }
      try (Statement create = db.createStatement()) {
        for (String sql : SqlScript.statements(SCHEMA)) {
          create.executeUpdate(sql);
        }
        create.executeUpdate(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '" + VERSION + "')");
      }
      try (Statement version = db.createStatement();
          ResultSet rows =
              version.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
        if (!rows.next() || !VERSION.equals(rows.getString(1))) {
          throw new SQLException("user data from an unknown version of CareShelf");
        }
      }
      return db;
    } catch (SQLException e) {
      db.close();
      throw e;
    }
  }

  private static Path moveAside(Path file, Clock clock) {
    String stamp =
        DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC)
            .format(clock.instant());
    Path aside = file.resolveSibling(FILE + ".unreadable-" + stamp);
    try {
      for (String suffix : List.of("-wal", "-shm")) {
        Path side = file.resolveSibling(FILE + suffix);
        if (Files.exists(side)) {
          Files.move(
              side,
              aside.resolveSibling(aside.getFileName() + suffix),
              StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
      return aside;
    } catch (IOException e) {
      throw new StoreException(
          "Your saved data in " + file + " cannot be read, and cannot be moved aside.", e);
    }
  }

  /** The unreadable file that was moved aside when this store opened, if any. */
  public Optional<Path> setAside() {
    return Optional.ofNullable(setAside);
  }

  /** Every bookmark, newest first. */
  public synchronized List<Bookmark> bookmarks() {
    return query(
        "SELECT article_id, title, added_at, note FROM bookmark ORDER BY added_at DESC",
        rows ->
            new Bookmark(
                rows.getString(1),
                rows.getString(2),
                Instant.parse(rows.getString(3)),
                rows.getString(4)));
  }

  /** True when {@code articleId} is bookmarked. */
  public synchronized boolean isBookmarked(String articleId) {
    return !query("SELECT 1 FROM bookmark WHERE article_id = ?", rows -> 1, articleId).isEmpty();
  }

  /** Bookmarks an article (keeping an existing bookmark's date and note). */
  public synchronized void addBookmark(String articleId, String title) {
    update(
        "INSERT INTO bookmark (article_id, title, added_at) VALUES (?, ?, ?)"
            + " ON CONFLICT (article_id) DO UPDATE SET title = excluded.title",
        articleId,
        title,
        clock.instant().toString());
  }

  /** Removes an article's bookmark, if it has one. */
  public synchronized void removeBookmark(String articleId) {
    update("DELETE FROM bookmark WHERE article_id = ?", articleId);
  }

  /** Sets a bookmark's short note. */
  public synchronized void setNote(String articleId, String note) {
    update("UPDATE bookmark SET note = ? WHERE article_id = ?", note.strip(), articleId);
  }

  /** Records that an article is open and how far down the reader is. */
  public synchronized void saveReadingPlace(String articleId, double position) {
    update(
        "INSERT INTO history (article_id, opened_at, position) VALUES (?, ?, ?)"
            + " ON CONFLICT (article_id) DO UPDATE SET opened_at = excluded.opened_at,"
            + " position = excluded.position",
        articleId,
        clock.instant().toString(),
        Math.max(0, Math.min(1, position)));
  }

  /** Where the reader was in an article. */
  public synchronized Optional<ReadingPlace> readingPlace(String articleId) {
    return query(
            "SELECT article_id, opened_at, position FROM history WHERE article_id = ?",
            UserStore::place,
            articleId)
        .stream()
        .findFirst();
  }

  /** The article read most recently. */
  public synchronized Optional<ReadingPlace> lastRead() {
    return query(
            "SELECT article_id, opened_at, position FROM history"
                + " ORDER BY opened_at DESC, rowid DESC LIMIT 1",
            UserStore::place)
        .stream()
        .findFirst();
  }

  /** Forgets every article read and every position: for kiosks, between readers. */
  public synchronized void clearHistory() {
    update("DELETE FROM history");
  }

  /**
   * A store that keeps everything in memory and nothing on disk, forgotten when closed: a kiosk's,
   * which must write nothing of its readers.
   */
  public static UserStore inMemory(Clock clock) {
    try {
      Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
      try (Statement create = db.createStatement()) {
        for (String sql : SqlScript.statements(SCHEMA)) {
          create.executeUpdate(sql);
        }
      }
      return new UserStore(db, clock, null);
    } catch (SQLException e) {
      throw new StoreException("CareShelf could not start its memory for this reader.", e);
    }
  }

  /** Forgets every bookmark, note, article read, position and setting: a kiosk's next reader. */
  public synchronized void forgetEverything() {
    update("DELETE FROM bookmark");
    update("DELETE FROM history");
    update("DELETE FROM setting");
  }

  /** A setting, or empty when never set. */
  public synchronized Optional<String> setting(String key) {
    return query("SELECT value FROM setting WHERE key = ?", rows -> rows.getString(1), key).stream()
        .findFirst();
  }

  /** Stores a setting. */
  public synchronized void putSetting(String key, String value) {
    update(
        "INSERT INTO setting (key, value) VALUES (?, ?)"
            + " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        key,
        value);
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new StoreException("Your saved data could not be closed.", e);
    }
  }

  private static ReadingPlace place(ResultSet rows) throws SQLException {
    return new ReadingPlace(rows.getString(1), Instant.parse(rows.getString(2)), rows.getDouble(3));
  }

  private void update(String sql, Object... parameters) {
    try {
      Sql.update(db, sql, parameters);
    } catch (SQLException e) {
      throw new StoreException("Your change could not be saved.", e);
    }
  }

  private <T> List<T> query(String sql, Sql.RowMapper<T> mapper, Object... parameters) {
    try {
      return Sql.query(db, sql, mapper, parameters);
    } catch (SQLException e) {
      throw new StoreException("Your saved data could not be read.", e);
    }
  }
}
