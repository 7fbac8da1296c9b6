package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.careshelf.OtherUser;
import org.careshelf.OtherUser.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two operating-system users on one computer: root and user 4242 (no account needed). Runs only as
 * root, which may start the second user with setpriv; CI runs as root.
 */
class SharedDataFolderTest {

  @TempDir Path dir;
  Path settings;
  Path shared;

  @BeforeEach
  void twoUsersAndAFolderTheAdministratorShared() throws Exception {
    assumeTrue(OtherUser.available(), "needs root and setpriv to start a second user");
    OtherUser.openToAll(dir);
    shared = Files.createDirectory(dir.resolve("shared"));
    Files.setAttribute(shared, "unix:mode", 01777); // install -d -m 1777 /srv/careshelf
    settings = Files.writeString(dir.resolve("settings.conf"), "data-dir = " + shared + "\n");
    Files.setAttribute(settings, "unix:mode", 0644);
  }

  @Test
  void eachUserReadsTheSharedLibraryAndKeepsTheirOwnBookmarks() throws Exception {
    Run first = asRoot("bookmark", "car-t-basics");
    assertThat(first.value("state")).isEqualTo("NONE");

    Run second = asSecond("bookmark", "side-effects");

    assertThat(second.status()).as(second.errors()).isZero();
    assertThat(second.value("library")).isEqualTo(shared.resolve("content.db").toString());
    assertThat(Integer.parseInt(second.value("articles"))).isPositive();
    assertThat(second.value("state")).isEqualTo("NONE");
    assertThat(second.value("bookmarks")).isEmpty();

    assertThat(asRoot().value("bookmarks")).isEqualTo("car-t-basics");
    assertThat(asSecond().value("bookmarks")).isEqualTo("side-effects");
    Path own = shared.resolve("users/second");
    assertThat(Files.getAttribute(own, "unix:uid")).isEqualTo(OtherUser.SECOND);
    assertThat(Integer.toOctalString((Integer) Files.getAttribute(own, "unix:mode")))
        .endsWith("700");
    try (Stream<Path> files = Files.walk(shared)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.contains("unreadable"));
    }
  }

  @Test
  void aSharedCopyTheSecondUserMayNotReplaceIsLeftAloneAndTheirOwnCopyUsed() throws Exception {
    asRoot();
    Path copy = shared.resolve("content.db");
    try (RandomAccessFile file = new RandomAccessFile(copy.toFile(), "rw")) {
      file.seek(file.length() / 2);
      file.write(0x5a);
    }
    byte[] damaged = Files.readAllBytes(copy);

    Run second = asSecond();

    assertThat(second.value("library"))
        .isEqualTo(shared.resolve("users/second/content.db").toString());
    assertThat(Integer.parseInt(second.value("articles"))).isPositive();
    assertThat(Files.readAllBytes(copy)).isEqualTo(damaged);
    assertThat(asRoot().value("library")).isEqualTo(copy.toString());
    assertThat(Files.readAllBytes(copy)).isNotEqualTo(damaged);
  }

  @Test
  void anotherUsersFolderIsReadAndNeverChanged() throws Exception {
    Path alice = dir.resolve("alice");
    Run setUp = asRoot("--data-dir", alice.toString(), "bookmark", "car-t-basics");
    assertThat(setUp.value("state")).isEqualTo("NONE");
    Files.setAttribute(alice, "unix:mode", 0755);
    Map<String, String> before = contents(alice);

    Run second = asSecond("--data-dir", alice.toString(), "bookmark", "mine");

    assertThat(second.status()).as(second.errors()).isZero();
    assertThat(Integer.parseInt(second.value("articles"))).isPositive();
    assertThat(second.value("state")).isEqualTo("READ_ONLY");
    assertThat(second.value("bookmarks")).isEqualTo("car-t-basics");
    assertThat(contents(alice)).isEqualTo(before);
  }

  @Test
  void aUserDbTheReaderMayNotWriteInAFolderTheyMayIsNotMovedAside() throws Exception {
    Path folder = dir.resolve("open");
    asRoot("--data-dir", folder.toString(), "bookmark", "car-t-basics");
    Files.setAttribute(folder, "unix:mode", 0777);
    Files.setAttribute(folder.resolve("user.db"), "unix:mode", 0444);
    byte[] before = Files.readAllBytes(folder.resolve("user.db"));

    Run second = asSecond("--data-dir", folder.toString());

    assertThat(second.value("state")).isEqualTo("READ_ONLY");
    assertThat(second.value("bookmarks")).isEqualTo("car-t-basics");
    assertThat(Files.readAllBytes(folder.resolve("user.db"))).isEqualTo(before);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.contains("unreadable"));
    }
  }

  private Run asRoot(String... args) throws Exception {
    return probe(0, "root-reader", args);
  }

  private Run asSecond(String... args) throws Exception {
    return probe(OtherUser.SECOND, "second", args);
  }

  private Run probe(int uid, String name, String... args) throws Exception {
    String[] all = new String[args.length + 1];
    all[0] = settings.toString();
    System.arraycopy(args, 0, all, 1, args.length);
    Run run = OtherUser.run(uid, name, ReaderProbe.class, all);
    assertThat(run.status()).as(run.errors()).isZero();
    return run;
  }

  /** Every file of a folder with a digest of its bytes. */
  private static Map<String, String> contents(Path folder) throws Exception {
    Map<String, String> contents = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        contents.put(
            file.getFileName().toString(),
            Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(file))));
      }
    }
    return contents;
  }
}
