package org.careshelf.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.careshelf.sqlite.StoreException;
import org.careshelf.store.UserDataState.Cause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * What happens to the reader's data when user.db is locked, damaged, old, new or on a full disk.
 */
class UserDataSafetyTest {

  @TempDir Path dir;
  final Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void aLockHeldByAnotherProgramIsWaitedForThenReadIntoMemoryNeverMovedAside() throws Exception {
    seed(dir, 3);
    try (Connection other = connect(dir.resolve("user.db"));
        Statement lock = other.createStatement()) {
      lock.executeUpdate("BEGIN IMMEDIATE");
      lock.executeUpdate("INSERT INTO setting (key, value) VALUES ('other', 'program')");

      try (UserStore store = UserStore.open(dir, clock, 300)) {
        assertThat(store.state().cause()).isEqualTo(Cause.BUSY);
        assertThat(store.state().cause().kept()).isFalse();
        assertThat(store.bookmarks()).hasSize(3);
        store.addBookmark("only-in-memory", "Kept for this session");
        assertThat(store.bookmarks()).hasSize(4);
      }
      lock.executeUpdate("ROLLBACK");
    }
    assertThat(names(dir)).noneMatch(name -> name.contains("unreadable"));
    try (UserStore store = UserStore.open(dir, clock)) {
      assertThat(store.state()).isEqualTo(UserDataState.OK);
      assertThat(store.bookmarks()).extracting(Bookmark::articleId).containsOnly("a0", "a1", "a2");
    }
  }

  @Test
  void twoDamagedFilesInTheSameSecondAreBothKept() throws Exception {
    Files.writeString(dir.resolve("user.db"), "first shopping list");
    try (UserStore store = UserStore.open(dir, clock)) {
      assertThat(store.setAside())
          .map(Path::getFileName)
          .map(Path::toString)
          .contains("user.db.unreadable-20261128-100000");
    }
    Files.delete(dir.resolve("user.db"));
    Files.writeString(dir.resolve("user.db"), "second shopping list");

    try (UserStore store = UserStore.open(dir, clock)) {
      assertThat(store.setAside())
          .map(Path::getFileName)
          .map(Path::toString)
          .contains("user.db.unreadable-20261128-100000-2");
    }
    assertThat(dir.resolve("user.db.unreadable-20261128-100000")).hasContent("first shopping list");
    assertThat(dir.resolve("user.db.unreadable-20261128-100000-2"))
        .hasContent("second shopping list");
  }

  @Test
  void aDamagedFileIsSetAsideWithItsLogUntouchedAndWhatItHoldsIsCopiedIntoTheNewOne()
      throws Exception {
    Path work = dir.resolve("work");
    seed(work, 8);
    Path data = dir.resolve("data");
    // Two more bookmarks that are only in the log, as after a crash.
    int historyPage = rootPage(work.resolve("user.db"), "history");
    snapshotWithOpenLog(work, data, 2);
    overwritePage(data.resolve("user.db"), historyPage);
    byte[] log = Files.readAllBytes(data.resolve("user.db-wal"));
    byte[] damaged = Files.readAllBytes(data.resolve("user.db"));

    try (UserStore store = UserStore.open(data, clock)) {
      UserDataState state = store.state();
      assertThat(state.cause()).isEqualTo(Cause.DAMAGED);
      Path aside = state.setAsideFile().orElseThrow();
      assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
      assertThat(Files.readAllBytes(aside.resolveSibling(aside.getFileName() + "-wal")))
          .isEqualTo(log);
      assertThat(state.recovered().bookmarks()).isEqualTo(10);
      assertThat(state.recovered().settings()).isEqualTo(1);
      assertThat(store.bookmarks()).hasSize(10);
      assertThat(store.bookmarks())
          .filteredOn(b -> b.articleId().equals("a3"))
          .singleElement()
          .extracting(Bookmark::note)
          .isEqualTo("note 3");
      assertThat(store.setting("theme")).contains("dark");
    }
  }

  @Test
  void aZeroByteFileBesideItsLogIsDamageAndTheLogIsRecovered() throws Exception {
    Path work = dir.resolve("work");
    Path data = dir.resolve("data");
    Files.createDirectories(work);
    // A file whose every page is still in the log: nothing was ever checkpointed.
    snapshotWithOpenLog(work, data, 8);
    Files.write(data.resolve("user.db"), new byte[0]);
    byte[] log = Files.readAllBytes(data.resolve("user.db-wal"));

    try (UserStore store = UserStore.open(data, clock)) {
      assertThat(store.state().cause()).isEqualTo(Cause.DAMAGED);
      Path aside = store.setAside().orElseThrow();
      assertThat(aside).isEmptyFile();
      assertThat(Files.readAllBytes(aside.resolveSibling(aside.getFileName() + "-wal")))
          .isEqualTo(log);
      assertThat(store.state().recovered().bookmarks()).isEqualTo(8);
      assertThat(store.bookmarks()).hasSize(8);
    }
  }

  @Test
  void aDamagedLogIsKeptAndTheChangesSqliteWouldDropAreRecovered() throws Exception {
    Path work = dir.resolve("work");
    seed(work, 5);
    Path data = dir.resolve("data");
    snapshotWithOpenLog(work, data, 3);
    Path wal = data.resolve("user.db-wal");
    flipByte(wal, 32 + 24 + 100); // inside the first frame's page: SQLite now accepts no frame
    byte[] damagedLog = Files.readAllBytes(wal);

    try (UserStore store = UserStore.open(data, clock)) {
      assertThat(store.state().cause()).isEqualTo(Cause.LOG_DAMAGED);
      assertThat(Files.readAllBytes(store.setAside().orElseThrow())).isEqualTo(damagedLog);
      assertThat(store.state().recovered().bookmarks()).isEqualTo(3);
      assertThat(store.bookmarks()).hasSize(8);
    }
  }

  @Test
  void aRollbackJournalLeftByACrashIsRolledBackNotTakenForAReadOnlyFile() throws Exception {
    Path work = Files.createDirectories(dir.resolve("work"));
    Path data = Files.createDirectories(dir.resolve("data"));
    // A file still in rollback-journal mode, as while it is being made, killed in a transaction.
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
    try (Connection db = config.createConnection("jdbc:sqlite:" + work.resolve("user.db"));
        Statement s = db.createStatement()) {
      for (String sql :
          org.careshelf.sqlite.SqlScript.statements("/org/careshelf/store/user-schema.sql")) {
        s.executeUpdate(sql);
      }
      s.executeUpdate("INSERT INTO meta (key, value) VALUES ('schema_version', '1')");
      for (int i = 0; i < 3; i++) {
        s.executeUpdate(
            "INSERT INTO bookmark (article_id, title, added_at) VALUES ('a"
                + i
                + "', 'A', '2026-11-28T10:00:00Z')");
      }
      s.execute("PRAGMA cache_size = 2"); // so the transaction spills pages into the file
      s.executeUpdate("BEGIN");
      for (int i = 0; i < 500; i++) {
        s.executeUpdate(
            "INSERT INTO bookmark (article_id, title, added_at) VALUES ('uncommitted"
                + i
                + "', '"
                + "x".repeat(500)
                + "', '2026-11-28T10:00:00Z')");
      }
      for (String name : List.of("user.db", "user.db-journal")) {
        Files.copy(work.resolve(name), data.resolve(name));
      }
      s.executeUpdate("ROLLBACK");
    }

    try (UserStore store = UserStore.open(data, clock)) {
      assertThat(store.state()).isEqualTo(UserDataState.OK);
      assertThat(store.bookmarks()).extracting(Bookmark::articleId).containsOnly("a0", "a1", "a2");
    }
    assertThat(names(data))
        .noneMatch(name -> name.contains("unreadable") || name.endsWith("-journal"));
  }

  @Test
  void aFileFromANewerCareShelfIsReadAndNeverChanged() throws Exception {
    seed(dir, 2);
    try (Connection db = connect(dir.resolve("user.db"));
        Statement s = db.createStatement()) {
      s.executeUpdate("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
    }
    byte[] before = Files.readAllBytes(dir.resolve("user.db"));

    try (UserStore store = UserStore.open(dir, clock)) {
      assertThat(store.state().cause()).isEqualTo(Cause.NEWER_VERSION);
      assertThat(store.bookmarks()).hasSize(2);
      store.addBookmark("x", "X");
    }
    assertThat(Files.readAllBytes(dir.resolve("user.db"))).isEqualTo(before);
    assertThat(names(dir)).noneMatch(name -> name.contains("unreadable"));
  }

  @Test
  void aDataFolderThatIsAFileLeavesTheFileAloneAndKeepsDataInMemory() throws Exception {
    Path notAFolder = dir.resolve("data");
    Files.writeString(notAFolder, "a file where the folder should be");

    try (UserStore store = UserStore.open(notAFolder, clock)) {
      assertThat(store.state().cause()).isEqualTo(Cause.NOT_A_FOLDER);
      store.addBookmark("a", "A");
      assertThat(store.bookmarks()).hasSize(1);
    }
    assertThat(notAFolder).hasContent("a file where the folder should be");
  }

  @Test
  void onAFullDiskAReadingPlaceFailsQuietlyAndBookmarksAreStillListed() throws Exception {
    Path file = dir.resolve("user.db");
    try (UserStore store = UserStore.open(dir, clock)) {
      store.addBookmark("kept", "Kept");
    }
    Connection db = connect(file);
    fillUp(db);
    List<Cause> heard = new ArrayList<>();
    try (UserStore store = UserStore.on(db, clock)) {
      store.onFailedSave(heard::add);

      store.saveReadingPlace("an-article", 0.5);

      assertThat(heard).containsExactly(Cause.DISK_FULL);
      assertThat(store.bookmarks()).extracting(Bookmark::articleId).containsExactly("kept");
      assertThatThrownBy(() -> store.addBookmark("new-" + "x".repeat(4000), "New"))
          .isInstanceOf(StoreException.class)
          .cause()
          .hasMessageContaining("SQLITE_FULL");
    }
  }

  /** Makes a user.db with {@code n} bookmarks (a0.., note on each), a setting, and closes it. */
  private void seed(Path folder, int n) {
    try (UserStore store = UserStore.open(folder, clock)) {
      for (int i = 0; i < n; i++) {
        store.addBookmark("a" + i, "Article " + i);
        store.setNote("a" + i, "note " + i);
      }
      store.putSetting("theme", "dark");
    }
  }

  /**
   * Adds {@code more} bookmarks in {@code work} and copies its files to {@code to} while the
   * connection is still open, so the copy's log holds them as after a crash.
   */
  private void snapshotWithOpenLog(Path work, Path to, int more) throws Exception {
    UserStore store = UserStore.open(work, clock);
    int start = store.bookmarks().size();
    for (int i = start; i < start + more; i++) {
      store.addBookmark("a" + i, "Article " + i);
    }
    Files.createDirectories(to);
    for (String name : List.of("user.db", "user.db-wal")) {
      Files.copy(work.resolve(name), to.resolve(name));
    }
    store.close();
  }

  private static Connection connect(Path file) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    return config.createConnection("jdbc:sqlite:" + file);
  }

  private static int rootPage(Path file, String table) throws SQLException {
    try (Connection db = connect(file);
        Statement s = db.createStatement();
        ResultSet rows =
            s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = '" + table + "'")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static void overwritePage(Path file, int page) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.seek((page - 1) * 4096L);
      f.write("this page was overwritten".repeat(100).getBytes(), 0, 2500);
    }
  }

  private static void flipByte(Path file, long at) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.seek(at);
      int b = f.read();
      f.seek(at);
      f.write(b ^ 0x55);
    }
  }

  /** Lets the file grow no more, then fills its free space: the next new row is refused. */
  private static void fillUp(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      try (ResultSet rows = s.executeQuery("PRAGMA page_count")) {
        rows.next();
        s.execute("PRAGMA max_page_count = " + rows.getInt(1));
      }
      try {
        for (int i = 0; ; i++) {
          s.executeUpdate(
              "INSERT INTO history (article_id, opened_at, position) VALUES ('filler"
                  + i
                  + "', '2026-01-01T00:00:00Z', 0)");
        }
      } catch (SQLException full) {
        assertThat(full.getMessage()).contains("SQLITE_FULL");
      }
    }
  }

  private static List<String> names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
