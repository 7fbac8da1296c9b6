package org.careshelf.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * How {@code user.db} was found when it was opened: whether changes are kept, why not, which
 * damaged file was set aside and how much of it was recovered; enough for one plain sentence.
 *
 * @param cause what went wrong, or {@link Cause#NONE}
 * @param setAside the damaged file (or damaged log) kept under a name of its own, or null
 * @param recovered the rows copied out of that file into the new one
 */
public record UserDataState(Cause cause, Path setAside, Recovered recovered) {

  /** Why the reader's data is not simply there and saved as usual. */
  public enum Cause {
    /** All is well. */
    NONE(true),
    /** Another program holds the file's write lock longer than CareShelf waits. */
    BUSY(false),
    /** The file or its folder may not be written by this user, or the disk is read-only. */
    READ_ONLY(false),
    /** The file cannot even be read by this user: nothing of it is shown. */
    NO_ACCESS(false),
    /** The disk has no room for the file. */
    DISK_FULL(false),
    /** The data folder's name is taken by a file. */
    NOT_A_FOLDER(false),
    /** The file was written by a newer CareShelf; it is read, never changed. */
    NEWER_VERSION(false),
    /** The file failed SQLite's own check; it was set aside and a new one started. */
    DAMAGED(true),
    /** The file's write-ahead log was damaged; a copy was kept and what it held recovered. */
    LOG_DAMAGED(true),
    /** Anything else that stops the file from being used. */
    FAILED(false);

    private final boolean kept;

    Cause(boolean kept) {
      this.kept = kept;
    }

    /** True when the reader's changes are written to {@code user.db} in spite of this cause. */
    public boolean kept() {
      return kept;
    }

    /** The cause of a failed SQLite call that is not damage. */
    static Cause of(SQLException e) {
      if (!(e instanceof SQLiteException sqlite)) {
        return FAILED;
      }
      // Extended codes (SQLITE_IOERR_WRITE and so on) carry the primary code in the low byte.
      int primary = sqlite.getResultCode().code & 0xff;
      if (primary == SQLiteErrorCode.SQLITE_BUSY.code
          || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
        return BUSY;
      }
      if (primary == SQLiteErrorCode.SQLITE_READONLY.code
          || primary == SQLiteErrorCode.SQLITE_PERM.code
          || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code
          || primary == SQLiteErrorCode.SQLITE_AUTH.code) {
        return READ_ONLY;
      }
      if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
        return DISK_FULL;
      }
      return FAILED;
    }

    /** True for SQLite's own verdict that a file is damaged or is no database at all. */
    static boolean isDamage(SQLException e) {
      if (!(e instanceof SQLiteException sqlite)) {
        return false;
      }
      int primary = sqlite.getResultCode().code & 0xff;
      return primary == SQLiteErrorCode.SQLITE_CORRUPT.code
          || primary == SQLiteErrorCode.SQLITE_NOTADB.code;
    }
  }

  /** How many rows of each kind were copied out of a damaged file. */
  public record Recovered(int bookmarks, int places, int settings) {
    public static final Recovered NONE = new Recovered(0, 0, 0);

    /** Every row recovered. */
    public int total() {
      return bookmarks + places + settings;
    }
  }

  static final UserDataState OK = new UserDataState(Cause.NONE, null, Recovered.NONE);

  static UserDataState of(Cause cause) {
    return new UserDataState(cause, null, Recovered.NONE);
  }

  /** The damaged file kept aside, if one was. */
  public Optional<Path> setAsideFile() {
    return Optional.ofNullable(setAside);
  }
}
