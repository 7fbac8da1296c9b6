package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.careshelf.store.UserDataState;
import org.careshelf.store.UserDataState.Cause;
import org.careshelf.store.UserDataState.Recovered;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDataNoticesTest {

  @TempDir Path dir;
  final Messages messages = Messages.forLocale(Locale.ENGLISH);
  final List<String> shown = new ArrayList<>();

  @Test
  void aBusyFileSaysChangesAreKeptOnlyUntilCareShelfCloses() {
    assertThat(opened(new UserDataState(Cause.BUSY, null, Recovered.NONE)))
        .isEqualTo(
            "Another program is using your saved bookmarks and settings, so changes you make now"
                + " will be kept only until CareShelf closes.");
  }

  @Test
  void aDamagedFileSaysHowMuchWasRecoveredAndWhereTheOldOneIs() {
    Path aside = dir.resolve("user.db.unreadable-20261128-100000");

    assertThat(opened(new UserDataState(Cause.DAMAGED, aside, new Recovered(8, 2, 1))))
        .isEqualTo(
            "Your saved data was damaged, so CareShelf started a new file and recovered 8"
                + " bookmarks and 3 reading places and settings from the old one, which was kept"
                + " as user.db.unreadable-20261128-100000.");
    assertThat(opened(new UserDataState(Cause.DAMAGED, aside, new Recovered(1, 0, 0))))
        .contains("recovered one bookmark and nothing else from the old one");
    assertThat(opened(new UserDataState(Cause.DAMAGED, aside, Recovered.NONE)))
        .startsWith("Your saved bookmarks and settings could not be read")
        .endsWith("user.db.unreadable-20261128-100000.");
  }

  @Test
  void everyCauseHasItsOwnSentenceAndAllIsWellHasNone() {
    UserDataNotices notices = new UserDataNotices(messages, shown::add);
    List<String> sentences = new ArrayList<>();
    for (Cause cause : Cause.values()) {
      notices
          .opened(new UserDataState(cause, dir.resolve("x"), Recovered.NONE))
          .ifPresent(sentences::add);
    }
    assertThat(sentences).hasSize(Cause.values().length - 1).doesNotHaveDuplicates();
    assertThat(sentences).allMatch(s -> s.endsWith(".") && !s.contains("{"));
  }

  @Test
  void aFailedSaveIsToldOnceForEachCause() {
    UserDataNotices notices = new UserDataNotices(messages, shown::add);

    notices.failedSave(Cause.DISK_FULL);
    notices.failedSave(Cause.DISK_FULL);
    notices.failedSave(Cause.READ_ONLY);

    assertThat(shown)
        .containsExactly(
            "A change could not be saved because the disk is full.",
            "A change could not be saved because this computer does not let CareShelf change"
                + " your saved data.");
  }

  @Test
  void watchesTheStoreAsItOpens() throws Exception {
    Path notAFolder = dir.resolve("data");
    java.nio.file.Files.writeString(notAFolder, "a file");
    try (UserStore store = UserStore.open(notAFolder, java.time.Clock.systemUTC())) {
      UserDataNotices.watch(
          CompletableFuture.completedFuture(store), messages, shown::add, Runnable::run);
    }
    assertThat(shown).singleElement().asString().startsWith("A file has taken the name");
  }

  private String opened(UserDataState state) {
    return new UserDataNotices(messages, shown::add).opened(state).orElseThrow();
  }
}
