package org.careshelf.store;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.careshelf.sqlite.Sql;
import org.careshelf.sqlite.StoreException;

/**
 * The reader's bookmarks, reading history and settings in {@code user.db}. Every write is durable
 * (WAL with {@code synchronous=FULL}); calls block, so callers make them off the FX thread.
 */
public final class UserStore implements AutoCloseable {

  static final String FILE = "user.db";

  /** How long a write waits for another program's lock before giving up. */
  static final int BUSY_MILLIS = 5000;

  private static final System.Logger LOG = System.getLogger(UserStore.class.getName());

  private final Connection db;
  private final Clock clock;
  private final UserDataState state;
  private volatile Consumer<UserDataState.Cause> failedSave;

  private UserStore(Connection db, Clock clock, UserDataState state) {
    this.db = db;
    this.clock = clock;
    this.state = state;
  }

  /**
   * Opens {@code dataDir/user.db}, creating it when missing; never fails for want of the file.
   *
   * <p>A file that is busy, read-only, unreadable or in a folder that cannot be written is left
   * exactly as it is: what can be read of it is kept in memory for this session, and {@link
   * #state()} says why changes will not be kept. Only a file that SQLite finds damaged is set aside
   * under a name of its own (with its log beside it), a fresh one started, and every row that can
   * still be read copied into it; {@link #setAside()} then names the old file.
   */
  public static UserStore open(Path dataDir, Clock clock) {
    return open(dataDir, clock, BUSY_MILLIS);
  }

  static UserStore open(Path dataDir, Clock clock, int busyMillis) {
    UserDbOpener.Opened opened = UserDbOpener.open(dataDir, FILE, clock, busyMillis);
    return new UserStore(opened.db(), clock, opened.state());
  }

  /** A store on a connection a test prepared, such as one on a disk that is full. */
  static UserStore on(Connection db, Clock clock) {
    return new UserStore(db, clock, UserDataState.OK);
  }

  /** How the file was found when this store opened. */
  public UserDataState state() {
    return state;
  }

  /**
   * Hears, on the storage thread, the cause whenever a reading place could not be saved: such a
   * save never fails the reading that asked for it.
   */
  public void onFailedSave(Consumer<UserDataState.Cause> listener) {
    failedSave = listener;
  }

  /** The damaged file that was set aside when this store opened, if any. */
  public Optional<Path> setAside() {
    return state.setAsideFile();
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

  /**
   * Records that an article is open and how far down the reader is. A place is a convenience, so a
   * failure (a full disk, say) is logged and reported to {@link #onFailedSave}, never thrown:
   * reading never depends on writing.
   */
  public synchronized void saveReadingPlace(String articleId, double position) {
    try {
      Sql.update(
          db,
          "INSERT INTO history (article_id, opened_at, position) VALUES (?, ?, ?)"
              + " ON CONFLICT (article_id) DO UPDATE SET opened_at = excluded.opened_at,"
              + " position = excluded.position",
          articleId,
          clock.instant().toString(),
          Math.max(0, Math.min(1, position)));
    } catch (SQLException e) {
      // The article's id stays out of the log: it would say what was read.
      LOG.log(Level.WARNING, "A reading place could not be saved", e);
      Consumer<UserDataState.Cause> listener = failedSave;
      if (listener != null) {
        listener.accept(UserDataState.Cause.of(e));
      }
    }
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

  /** The articles read, the most recent first, at most {@code limit} of them. */
  public synchronized List<ReadingPlace> recentlyRead(int limit) {
    return query(
        "SELECT article_id, opened_at, position FROM history"
            + " ORDER BY opened_at DESC, rowid DESC LIMIT ?",
        UserStore::place,
        limit);
  }

  /**
   * Forgets every article read and every position: for kiosks, between readers, and for a reader
   * who asks to clear their history.
   */
  public synchronized void clearHistory() {
    update("DELETE FROM history");
  }

  /**
   * A store that keeps everything in memory and nothing on disk, forgotten when closed: a kiosk's,
   * which must write nothing of its readers.
   */
  public static UserStore inMemory(Clock clock) {
    try {
      return new UserStore(UserDbOpener.memory(), clock, UserDataState.OK);
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
