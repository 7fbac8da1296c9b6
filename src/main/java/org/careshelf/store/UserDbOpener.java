package org.careshelf.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.careshelf.sqlite.SqlScript;
import org.careshelf.store.UserDataState.Cause;
import org.careshelf.store.UserDataState.Recovered;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens {@code user.db} so that the reader's data is never lost or hidden: a file that is busy,
 * read-only or in a folder this user cannot write is read into memory and never moved; only a file
 * that fails SQLite's own check is set aside (with its log, untouched), and what it still holds is
 * copied into the new one.
 *
 * <p>The order matters. A 0-byte file beside a log is damage that SQLite would hide by deleting the
 * log, so it is set aside before SQLite sees it. The check runs on a read-only connection, which
 * cannot checkpoint, so a damaged file's log is never folded into it. Writing is tried last, inside
 * a transaction that is rolled back.
 */
final class UserDbOpener {

  private static final System.Logger LOG = System.getLogger(UserDbOpener.class.getName());
  private static final String SCHEMA = "/org/careshelf/store/user-schema.sql";
  static final String VERSION = "1";

  /** An open connection and how the file was found. */
  record Opened(Connection db, UserDataState state) {}

  private UserDbOpener() {}

  static Opened open(Path dir, String fileName, Clock clock, int busyMillis) {
    Path file = dir.resolve(fileName);
    Path wal = file.resolveSibling(fileName + "-wal");
    try {
      createFolder(dir);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "The data folder " + dir + " cannot be used", e);
      boolean isFile = Files.exists(dir) && !Files.isDirectory(dir);
      return inMemory(isFile ? Cause.NOT_A_FOLDER : cause(e), null);
    }
    boolean damaged;
    try {
      damaged = emptyBesideLog(file, wal) || failsCheck(file, busyMillis);
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Saved data in " + file + " cannot be checked", e);
      return inMemory(Files.isReadable(file) ? Cause.of(e) : Cause.NO_ACCESS, file);
    }
    Path aside = null;
    Connection staging = null;
    try {
      if (damaged) {
        aside = SetAside.move(file, "unreadable", clock);
        LOG.log(Level.WARNING, "Saved data in " + file + " is damaged; it was kept as " + aside);
        staging = memory();
        Salvage.fromFiles(aside, staging);
      } else if (WalFile.read(wal, WalFile.pageSizeOf(file)).damaged()) {
        // SQLite would quietly drop the log's newest changes: keep a copy and recover them first.
        aside = SetAside.copy(wal, "damaged", clock);
        LOG.log(Level.WARNING, "The log of " + file + " is damaged; it was kept as " + aside);
        staging = memory();
        Salvage.fromFiles(file, aside, staging);
      }
    } catch (IOException | SQLException e) {
      LOG.log(Level.WARNING, "Damaged saved data in " + file + " could not be set aside", e);
      close(staging);
      return inMemory(e instanceof SQLException sql ? Cause.of(sql) : cause((IOException) e), file);
    }
    Connection db = null;
    try {
      db = readWrite(file, busyMillis);
      prepare(db);
      probeWrite(db);
      Recovered recovered = staging == null ? Recovered.NONE : Salvage.rows(staging, db);
      Cause cause = aside == null ? Cause.NONE : damaged ? Cause.DAMAGED : Cause.LOG_DAMAGED;
      return new Opened(db, new UserDataState(cause, aside, recovered));
    } catch (SQLException e) {
      Cause cause = e instanceof NewerVersion ? Cause.NEWER_VERSION : Cause.of(e);
      LOG.log(Level.WARNING, "Saved data in " + file + " cannot be written", e);
      Opened fallback = inMemoryFrom(db, cause, file);
      if (staging != null) {
        // What was recovered from a file set aside a moment ago is shown all the same.
        try {
          Salvage.rows(staging, fallback.db());
        } catch (SQLException again) {
          LOG.log(Level.WARNING, "Recovered data could not be kept in memory", again);
        }
      }
      return fallback;
    } finally {
      close(staging);
    }
  }

  /** A 0-byte file beside a log that holds frames, or a log with no file: damage, not a start. */
  private static boolean emptyBesideLog(Path file, Path wal) throws SQLException {
    try {
      boolean logHasData =
          Files.isRegularFile(wal, LinkOption.NOFOLLOW_LINKS) && Files.size(wal) > 0;
      boolean fileEmpty =
          !Files.exists(file, LinkOption.NOFOLLOW_LINKS)
              || Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == 0;
      return logHasData && fileEmpty;
    } catch (IOException e) {
      throw new SQLException("the saved data's files cannot be examined", e);
    }
  }

  /** True when SQLite says the file is damaged, checked on a connection that cannot write. */
  private static boolean failsCheck(Path file, int busyMillis) throws SQLException {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setOpenMode(SQLiteOpenMode.READONLY);
    config.setBusyTimeout(busyMillis);
    try {
      return quickCheckFails(config, file);
    } catch (SQLException e) {
      if (Cause.of(e) == Cause.READ_ONLY && Files.isReadable(file)) {
        // A connection that cannot write cannot do SQLite's own crash recovery either (a hot
        // rollback journal left by a crash while the file was being made, a log to recover):
        // check a copy, where it can, and leave the file itself to the writer that follows.
        return failsCheckOnCopy(file, busyMillis);
      }
      throw e;
    }
  }

  /**
   * SQLite's quick_check on {@code file}: true when it finds damage or the file reads as damaged.
   */
  private static boolean quickCheckFails(SQLiteConfig config, Path file) throws SQLException {
    try (Connection check = config.createConnection("jdbc:sqlite:" + file);
        Statement statement = check.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
      return !rows.next() || !"ok".equalsIgnoreCase(rows.getString(1));
    } catch (SQLException e) {
      if (Cause.isDamage(e)) {
        return true;
      }
      throw e;
    }
  }

  private static boolean failsCheckOnCopy(Path file, int busyMillis) throws SQLException {
    Path work;
    try {
      work = Files.createTempDirectory("careshelf-check-");
    } catch (IOException e) {
      throw new SQLException("no temporary folder to check the saved data in", e);
    }
    try {
      Path copy = work.resolve("user.db");
      try {
        Files.copy(file, copy);
        for (String suffix : List.of("-wal", "-journal")) {
          Path side = file.resolveSibling(file.getFileName() + suffix);
          if (Files.exists(side, LinkOption.NOFOLLOW_LINKS)) {
            Files.copy(side, work.resolve("user.db" + suffix));
          }
        }
      } catch (IOException e) {
        throw new SQLException("the saved data cannot be copied to be checked", e);
      }
      SQLiteConfig config = new SQLiteConfig();
      config.setBusyTimeout(busyMillis);
      return quickCheckFails(config, copy);
    } finally {
      Salvage.deleteTree(work);
    }
  }

  private static Connection readWrite(Path file, int busyMillis) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(busyMillis);
    return config.createConnection("jdbc:sqlite:" + file);
  }

  /** A database in memory with the schema: for data that cannot be kept on disk. */
  static Connection memory() throws SQLException {
    Connection db = new SQLiteConfig().createConnection("jdbc:sqlite::memory:");
    prepare(db);
    return db;
  }

  /** Creates the tables if needed, writing nothing to a file that has them. */
  private static void prepare(Connection db) throws SQLException {
    try (Statement create = db.createStatement()) {
      // The version first: a newer CareShelf's file must not gain this version's tables.
      String version = null;
      try (ResultSet meta =
          create.executeQuery(
              "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'")) {
        if (meta.next()) {
          try (ResultSet rows =
              create.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            version = rows.next() ? rows.getString(1) : null;
          }
        }
      }
      if (version != null && !VERSION.equals(version)) {
        throw new NewerVersion();
      }
      for (String sql : SqlScript.statements(SCHEMA)) {
        create.executeUpdate(sql);
      }
      if (version == null) {
        create.executeUpdate(
            "INSERT INTO meta (key, value) VALUES ('schema_version', '" + VERSION + "')");
      }
    }
  }

  /** Takes the write lock and lets it go, writing nothing: fails now rather than at a bookmark. */
  private static void probeWrite(Connection db) throws SQLException {
    try (Statement probe = db.createStatement()) {
      probe.executeUpdate("BEGIN IMMEDIATE");
      try {
        probe.executeUpdate("UPDATE meta SET value = value WHERE key = 'schema_version'");
      } finally {
        probe.executeUpdate("ROLLBACK");
      }
    }
  }

  /** The reader's data in memory, copied from {@code file} where it can be read. */
  private static Opened inMemory(Cause cause, Path file) {
    try {
      Connection db = memory();
      if (file != null) {
        try {
          Salvage.fromFiles(file, db);
        } catch (IOException e) {
          LOG.log(Level.WARNING, "Saved data in " + file + " cannot be read", e);
          cause = e instanceof AccessDeniedException ? Cause.NO_ACCESS : cause;
        }
      }
      return new Opened(db, UserDataState.of(cause));
    } catch (SQLException e) {
      throw new IllegalStateException("SQLite cannot make a database in memory", e);
    }
  }

  /** The reader's data in memory, read through {@code db} when it is open, else from the file. */
  private static Opened inMemoryFrom(Connection db, Cause cause, Path file) {
    if (db == null) {
      return inMemory(cause, file);
    }
    try (Connection source = db) {
      Connection memory = memory();
      try {
        Salvage.rows(source, memory);
      } catch (SQLException e) {
        LOG.log(Level.WARNING, "Saved data in " + file + " cannot be read", e);
      }
      return new Opened(memory, UserDataState.of(cause));
    } catch (SQLException e) {
      throw new IllegalStateException("SQLite cannot make a database in memory", e);
    }
  }

  /** The folder is the reader's own: new folders are made for this user alone where possible. */
  private static void createFolder(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createDirectories(
          dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectories(dir);
    }
  }

  /** The cause of a failed file operation. */
  static Cause cause(IOException e) {
    String reason = e instanceof FileSystemException f ? String.valueOf(f.getReason()) : "";
    if (reason.contains("No space left") || reason.contains("not enough space")) {
      return Cause.DISK_FULL;
    }
    if (e instanceof AccessDeniedException || reason.contains("Read-only file system")) {
      return Cause.READ_ONLY;
    }
    return Cause.FAILED;
  }

  private static void close(Connection db) {
    if (db == null) {
      return;
    }
    try {
      db.close();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "A temporary database could not be closed", e);
    }
  }

  /** A file written by a newer CareShelf: read it, never change it. */
  private static final class NewerVersion extends SQLException {
    NewerVersion() {
      super("user data from a newer version of CareShelf");
    }
  }
}
