package org.careshelf.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Keeps damaged files under a name of their own that no later start can take: {@code
 * user.db.unreadable-20261128-100000}, then {@code ...-100000-2} for a second one in the same
 * second, each with its {@code -wal}, {@code -shm} and {@code -journal} beside it, byte for byte as
 * they were.
 *
 * <p>A name is claimed by a hard link, which fails rather than replace anything, so two starts can
 * never both take one name; only then is the original name removed.
 */
final class SetAside {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  static final List<String> SIDE_FILES = List.of("-wal", "-shm", "-journal");

  private SetAside() {}

  /**
   * Moves {@code file} (which need not exist) and its side files to the first free name {@code
   * file.<label>-<stamp>[-n]}; returns that name.
   */
  static Path move(Path file, String label, Clock clock) throws IOException {
    String base = file.getFileName() + "." + label + "-" + STAMP.format(clock.instant());
    for (int n = 1; ; n++) {
      Path aside = file.resolveSibling(n == 1 ? base : base + "-" + n);
      if (taken(aside)) {
        continue;
      }
      try {
        claim(file, aside);
      } catch (FileAlreadyExistsException e) {
        continue; // another start took this name a moment ago
      }
      for (String suffix : SIDE_FILES) {
        Path side = file.resolveSibling(file.getFileName() + suffix);
        if (Files.exists(side, LinkOption.NOFOLLOW_LINKS)) {
          claim(side, aside.resolveSibling(aside.getFileName() + suffix));
        }
      }
      return aside;
    }
  }

  /** Copies {@code file} to the first free name {@code file.<label>-<stamp>[-n]}, leaving it be. */
  static Path copy(Path file, String label, Clock clock) throws IOException {
    String base = file.getFileName() + "." + label + "-" + STAMP.format(clock.instant());
    for (int n = 1; ; n++) {
      Path aside = file.resolveSibling(n == 1 ? base : base + "-" + n);
      if (taken(aside)) {
        continue;
      }
      try {
        // Without REPLACE_EXISTING the copy refuses a name that exists by now.
        Files.copy(file, aside);
        return aside;
      } catch (FileAlreadyExistsException e) {
        continue;
      }
    }
  }

  private static boolean taken(Path aside) {
    if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    for (String suffix : SIDE_FILES) {
      if (Files.exists(
          aside.resolveSibling(aside.getFileName() + suffix), LinkOption.NOFOLLOW_LINKS)) {
        return true;
      }
    }
    return false;
  }

  /** Gives {@code from} the name {@code to}, failing if {@code to} exists; a missing file is ok. */
  private static void claim(Path from, Path to) throws IOException {
    if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
      // A WAL with no main file: an empty main file claims the name all the same.
      Files.createFile(to);
      return;
    }
    try {
      Files.createLink(to, from);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | IOException e) {
      // Some file systems (FAT, some network shares) have no hard links; a move without
      // REPLACE_EXISTING still refuses a name that exists.
      Files.move(from, to);
      return;
    }
    Files.delete(from);
  }
}
