package org.careshelf.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStoreTest {

  @TempDir Path dir;
  final Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void keepsBookmarksWithNotesAcrossReopening() {
    try (UserStore store = UserStore.open(dir, clock)) {
      store.addBookmark("icans", "ICANS");
      store.setNote("icans", "  Ask about driving  ");
    }
    try (UserStore store = UserStore.open(dir, clock)) {
      assertThat(store.bookmarks())
          .containsExactly(
              new Bookmark(
                  "icans", "ICANS", Instant.parse("2026-11-28T10:00:00Z"), "Ask about driving"));
      assertThat(store.isBookmarked("icans")).isTrue();
      assertThat(store.setAside()).isEmpty();
    }
  }

  @Test
  void bookmarkingTwiceKeepsTheFirstDateAndNote() {
    try (UserStore store = UserStore.open(dir, clock)) {
      store.addBookmark("a", "A");
      store.setNote("a", "note");
      store.addBookmark("a", "A, retitled");

      assertThat(store.bookmarks())
          .singleElement()
          .satisfies(
              b -> {
                assertThat(b.note()).isEqualTo("note");
                assertThat(b.title()).isEqualTo("A, retitled");
              });
      store.removeBookmark("a");
      assertThat(store.bookmarks()).isEmpty();
    }
  }

  @Test
  void remembersReadingPlacesAndTheLastArticle() {
    try (UserStore store = UserStore.open(dir, Clock.systemUTC())) {
      store.saveReadingPlace("first", 0.25);
      store.saveReadingPlace("second", 1.7);

      assertThat(store.readingPlace("first")).map(ReadingPlace::position).contains(0.25);
      assertThat(store.readingPlace("second")).map(ReadingPlace::position).contains(1.0);
      assertThat(store.lastRead()).map(ReadingPlace::articleId).contains("second");
      store.clearHistory();
      assertThat(store.lastRead()).isEmpty();
    }
  }

  @Test
  void keepsSettings() {
    try (UserStore store = UserStore.open(dir, clock)) {
      store.putSetting("theme", "dark");
      store.putSetting("theme", "high-contrast");
    }
    try (UserStore store = UserStore.open(dir, clock)) {
      assertThat(store.setting("theme")).contains("high-contrast");
      assertThat(store.setting("missing")).isEmpty();
    }
  }

  @Test
  void anUnreadableFileIsMovedAsideAndAFreshOneStarted() throws Exception {
    Files.writeString(dir.resolve("user.db"), "this is not a database, it is a shopping list");

    try (UserStore store = UserStore.open(dir, clock)) {
      Path aside = store.setAside().orElseThrow();
      assertThat(aside.getFileName().toString()).isEqualTo("user.db.unreadable-20261128-100000");
      assertThat(Files.readString(aside)).startsWith("this is not a database");
      store.addBookmark("a", "A");
      assertThat(store.bookmarks()).hasSize(1);
    }
  }

  @Test
  void usesWriteAheadLogging() throws Exception {
    try (UserStore store = UserStore.open(dir, clock)) {
      store.putSetting("k", "v");
      assertThat(dir.resolve("user.db-wal")).exists();
    }
  }
}
