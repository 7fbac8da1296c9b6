package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careshelf.app.ReaderFlowsTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import javafx.scene.input.KeyCode;
import org.careshelf.Fixtures;
import org.careshelf.store.UserStore;
import org.careshelf.ui.shell.Place;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Reading never depends on writing: articles open and bookmarks show when nothing can be saved. */
@ExtendWith(ApplicationExtension.class)
class ReadingWithoutWritingTest {

  @TempDir Path dir;
  Path library;
  Path data;

  @BeforeEach
  void compile() {
    library = Fixtures.compiledLibrary(dir);
    data = dir.resolve("data");
  }

  @Test
  void whileAnotherProgramHoldsTheLockArticlesOpenAndBookmarksAreListed(FxRobot robot)
      throws Exception {
    try (UserStore store = UserStore.open(data, Clock.systemUTC())) {
      store.addBookmark("first", "The first article");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    try (Connection other = config.createConnection("jdbc:sqlite:" + data.resolve("user.db"));
        Statement lock = other.createStatement()) {
      lock.executeUpdate("BEGIN IMMEDIATE");
      lock.executeUpdate("INSERT INTO setting (key, value) VALUES ('other', 'program')");

      try (ReaderHarness reader = ReaderHarness.open(library, data)) {
        // The store waits out its busy timeout (5 s) before it reads the file into memory.
        ReaderFlowsTest.waitUntil(() -> reader.tryFind(".notice").isPresent());
        assertThat(reader.spoken(".notice")).startsWith("Another program is using");
        openArticle(robot, reader, "second");
        assertThat(reader.spoken("#articleTitle")).isEqualTo("The second article");
        robot.clickOn(reader.find("#articleTitle"));
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        waitUntil(() -> reader.tryFind("#bookmark-first").isPresent());
      }
      lock.executeUpdate("ROLLBACK");
    }
    try (var files = Files.list(data)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.contains("unreadable"));
    }
    try (UserStore store = UserStore.open(data, Clock.systemUTC())) {
      assertThat(store.isBookmarked("first")).isTrue();
    }
  }

  @Test
  void whenTheDataFolderCannotBeMadeEveryArticleStillOpens(FxRobot robot) throws Exception {
    Files.writeString(data, "a file where the data folder should be");

    try (ReaderHarness reader = ReaderHarness.open(library, data)) {
      waitUntil(() -> reader.tryFind(".notice").isPresent());
      assertThat(reader.spoken(".notice")).startsWith("A file has taken the name");
      openArticle(robot, reader, "first");
      assertThat(reader.spoken("#articleTitle")).isEqualTo("The first article");
    }
  }

  private static void openArticle(FxRobot robot, ReaderHarness reader, String id) throws Exception {
    robot.interact(() -> reader.window.navigation().go(new Place.ArticlePage(id)));
    waitUntil(
        () -> {
          String title = reader.spoken("#articleTitle");
          return !title.isEmpty() && !title.equals("Welcome to CareShelf");
        });
  }
}
