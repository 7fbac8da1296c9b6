package org.careshelf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.careshelf.store.Bookmark;
import org.careshelf.store.UserDataState;
import org.careshelf.store.UserStore;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The crash-durability benchmark (not a test): a child JVM bookmarks articles in a loop and prints
 * each bookmark's number once {@code addBookmark} has returned; it is killed (SIGKILL) at a random
 * moment; then every bookmark it acknowledged must be in {@code user.db}, which must pass SQLite's
 * integrity check and must open as it is (nothing set aside).
 *
 * <p>After each kill the store is opened again, as the reader's next start would (SQLite recovers
 * what the kill left), and only then checked.
 *
 * <p>Half the trials grow one file from trial to trial and kill 0 to 1.5 s after it opened; the
 * other half start on an empty folder and kill 50 to 800 ms after the JVM started, often before the
 * first bookmark, during start-up, opening or the making of the tables. Run it with {@code mvn
 * -Pbench verify} ({@code -Dcrash.trials=N}, 100 unless told); it writes {@code
 * target/bench/crash-results.md}.
 */
public final class CrashBenchmark {

  static final long SEED = 13;

  private CrashBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("writer")) {
      writer(Path.of(args[1]), Integer.parseInt(args[2]));
      return;
    }
    Path work = Path.of(args.length > 0 ? args[0] : "target/bench").resolve("crash");
    int trials = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    deleteTree(work);
    Path growing = Files.createDirectories(work.resolve("growing"));
    Random random = new Random(SEED);
    Set<String> acknowledgedInGrowing = new HashSet<>();
    int acknowledged = 0;
    int lost = 0;
    int damaged = 0;
    int notAsIs = 0;
    int killedBeforeFirst = 0;
    long largestLog = 0;
    long start = System.nanoTime();
    for (int trial = 0; trial < trials; trial++) {
      boolean fresh = trial % 2 == 1;
      Path folder = fresh ? Files.createDirectories(work.resolve("fresh-" + trial)) : growing;
      int first = fresh ? 0 : acknowledgedInGrowing.size() + trial * 100_000;
      long killAfter = fresh ? 50 + random.nextInt(1950) : random.nextInt(1500);
      List<String> acks = runAndKill(folder, first, killAfter, !fresh);
      killedBeforeFirst += acks.isEmpty() ? 1 : 0;
      acknowledged += acks.size();
      Set<String> mustHold = fresh ? new HashSet<>(acks) : acknowledgedInGrowing;
      if (!fresh) {
        acknowledgedInGrowing.addAll(acks);
      }
      Path wal = folder.resolve("user.db-wal");
      largestLog = Math.max(largestLog, Files.exists(wal) ? Files.size(wal) : 0);
      // The reader starts again first (SQLite recovers what the kill left), then the check.
      try (UserStore store = UserStore.open(folder, Clock.systemUTC())) {
        notAsIs += store.state().cause() == UserDataState.Cause.NONE ? 0 : 1;
        Set<String> present = new HashSet<>();
        for (Bookmark b : store.bookmarks()) {
          present.add(b.articleId());
        }
        for (String id : mustHold) {
          lost += present.contains(id) ? 0 : 1;
        }
      }
      damaged += integrityOk(folder) ? 0 : 1;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String report =
        String.format(
            Locale.ROOT,
            "# Crash durability%n%n"
                + "| figure | value |%n|---|---:|%n"
                + "| trials (kill -9 of a bookmark writer) | %d |%n"
                + "| killed before the first bookmark was acknowledged | %d |%n"
                + "| bookmarks acknowledged | %d |%n"
                + "| acknowledged bookmarks lost | %d |%n"
                + "| files failing integrity_check | %d |%n"
                + "| files not opened as they were (set aside, read-only...) | %d |%n"
                + "| largest write-ahead log seen | %.1f MB |%n"
                + "| time | %.0f s |%n",
            trials,
            killedBeforeFirst,
            acknowledged,
            lost,
            damaged,
            notAsIs,
            largestLog / 1e6,
            seconds);
    System.out.print(report);
    Files.writeString(work.getParent().resolve("crash-results.md"), report);
  }

  /**
   * Starts a writer, kills it {@code killAfter} ms after it opened (or started), and returns the
   * bookmarks it acknowledged. Its output goes to a file, read after the kill, so no line is lost
   * to a pipe closing; a last line cut short by the kill is no acknowledgement.
   */
  private static List<String> runAndKill(Path folder, int first, long killAfter, boolean afterOpen)
      throws Exception {
    Path output = folder.resolveSibling(folder.getFileName() + ".out");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashBenchmark.class.getName(),
                "writer",
                folder.toString(),
                Integer.toString(first))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectOutput(output.toFile())
            .start();
    if (afterOpen) {
      long deadline = System.currentTimeMillis() + 30_000;
      while (!Files.readString(output).startsWith("open\n")
          && System.currentTimeMillis() < deadline) {
        Thread.sleep(5);
      }
    }
    Thread.sleep(killAfter);
    child.destroyForcibly(); // SIGKILL on Linux and macOS
    if (!child.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("a killed writer did not end");
    }
    String text = Files.readString(output);
    List<String> acks = new ArrayList<>();
    for (String line : text.substring(0, text.lastIndexOf('\n') + 1).split("\n")) {
      if (line.startsWith("ack ")) {
        acks.add(line.substring(4));
      }
    }
    return acks;
  }

  /** The child: bookmarks b{first}, b{first+1}... and acknowledges each after it returned. */
  private static void writer(Path folder, int first) {
    try (UserStore store = UserStore.open(folder, Clock.systemUTC())) {
      System.out.println("open");
      System.out.flush();
      for (int i = first; ; i++) {
        store.addBookmark("b" + i, "Bookmark " + i);
        System.out.println("ack b" + i);
        System.out.flush();
      }
    }
  }

  private static boolean integrityOk(Path folder) throws Exception {
    Path file = folder.resolve("user.db");
    if (!Files.exists(file)) {
      return true; // killed before SQLite made the file: nothing to check, nothing acknowledged
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setOpenMode(SQLiteOpenMode.READONLY);
    try (Connection db = config.createConnection("jdbc:sqlite:" + file);
        Statement check = db.createStatement();
        ResultSet rows = check.executeQuery("PRAGMA integrity_check")) {
      return rows.next() && rows.getString(1).equals("ok");
    } catch (java.sql.SQLException e) {
      System.err.println(folder + ": integrity_check could not run: " + e.getMessage());
      return false;
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
