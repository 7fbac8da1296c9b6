package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.careshelf.library.LibraryReader;
import org.careshelf.sqlite.StoreException;
import org.careshelf.ui.Async;
import org.careshelf.ui.Messages;
import org.careshelf.ui.glossary.GlossaryViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One way to fail: a failing store shows the reader a sentence and writes one line to the log. */
class FailureReportTest {

  static final Messages MESSAGES = Messages.forLocale(Locale.ENGLISH);

  @TempDir Path dir;
  LogFile log;

  @AfterEach
  void stopLogging() {
    if (log != null) {
      log.stop();
    }
  }

  @Test
  void aStoreThatThrowsShowsASentenceAndLogsOneLine() throws IOException {
    log = LogFile.writeTo(dir).orElseThrow();
    FailureReport failures = new FailureReport(MESSAGES);
    List<String> shown = new ArrayList<>();
    failures.showIn(shown::add);
    CompletableFuture<LibraryReader> broken =
        CompletableFuture.failedFuture(
            new StoreException("The library could not be read.", new SQLException("disk I/O")));

    new GlossaryViewModel(broken, new Async(Runnable::run, Runnable::run, failures));

    assertThat(shown).containsExactly(MESSAGES.get("glossary.failed"));
    List<String> lines = Files.readAllLines(dir.resolve(LogFile.NAME));
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0))
        .contains("WARNING", "glossary.failed", "StoreException", "The library could not be read.")
        .contains("SQLException: disk I/O");
  }

  @Test
  void aSentenceToldBeforeTheWindowCanShowItIsShownOnceItCan() {
    FailureReport failures = new FailureReport(MESSAGES);
    failures.tell("glossary.failed", new IllegalStateException("early"));
    List<String> shown = new ArrayList<>();

    failures.showIn(shown::add);
    failures.tell("search.failed", new IllegalStateException("later"));

    assertThat(shown)
        .containsExactly(MESSAGES.get("glossary.failed"), MESSAGES.get("search.failed"));
  }

  @Test
  void theLogStartsAgainPastItsSizeKeepingThePreviousOne() throws IOException {
    log = LogFile.writeTo(dir).orElseThrow();
    FailureReport failures = new FailureReport(MESSAGES);
    String reason = "x".repeat(1000);
    for (int i = 0; i < 400; i++) {
      failures.log("test " + i, new IllegalStateException(reason));
    }

    assertThat(Files.size(dir.resolve(LogFile.NAME))).isLessThanOrEqualTo(LogFile.MOST_BYTES);
    assertThat(Files.size(dir.resolve(LogFile.NAME + ".1")))
        .isGreaterThan(LogFile.MOST_BYTES)
        .isLessThan(LogFile.MOST_BYTES + 2000);
    assertThat(Files.readString(dir.resolve(LogFile.NAME))).contains("test 399");
  }

  @Test
  void aFailureIsDescribedOnOneLineWithItsCauses() {
    String line =
        LogFile.describe(
            new StoreException("The library\ncould not be read.", new SQLException("locked")));

    assertThat(line)
        .doesNotContain("\n")
        .startsWith("org.careshelf.sqlite.StoreException: The library could not be read.")
        .contains(" <- java.sql.SQLException: locked")
        .contains(" at org.careshelf.app.FailureReportTest");
  }
}
