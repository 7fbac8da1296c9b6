package org.careshelf.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careshelf.library.LibraryVersion;
import org.careshelf.library.PackException;
import org.careshelf.library.PackManifest;
import org.careshelf.ui.Async;
import org.careshelf.ui.Messages;
import org.careshelf.ui.RecordedFailures;
import org.junit.jupiter.api.Test;

class LibraryUpdateViewModelTest {

  static final Messages MESSAGES = Messages.forLocale(Locale.ENGLISH);

  /** Background work held until run, to see the model while it works. */
  final List<Runnable> background = new ArrayList<>();

  final Async async = new Async(background::add, Runnable::run, new RecordedFailures());

  void runBackground() {
    while (!background.isEmpty()) {
      background.remove(0).run();
    }
  }

  @Test
  void saysItIsWorkingThenWhichLibraryIsInstalled() {
    List<Path> installed = new ArrayList<>();
    LibraryUpdateViewModel model =
        new LibraryUpdateViewModel(
            pack -> {
              installed.add(pack);
              return new PackManifest(
                  LibraryVersion.parse("2027.1.1").get(), LocalDate.of(2027, 1, 15), 64, 1, "0");
            },
            async,
            MESSAGES);

    model.install(Path.of("january.careshelf"));
    assertThat(model.workingProperty().get()).isTrue();
    assertThat(model.resultProperty().get()).isEqualTo("Checking and installing the library\u2026");
    model.install(Path.of("twice.careshelf"));
    runBackground();

    assertThat(installed).containsExactly(Path.of("january.careshelf"));
    assertThat(model.workingProperty().get()).isFalse();
    assertThat(model.resultProperty().get())
        .startsWith("Library version 2027.1.1 of ")
        .contains("2027")
        .endsWith("It opens the next time you start CareShelf.");
  }

  @Test
  void aRefusedPackIsToldInItsOwnWords() {
    LibraryUpdateViewModel model =
        new LibraryUpdateViewModel(
            pack -> {
              throw new PackException("old.careshelf holds library version 1, and 2 is installed.");
            },
            async,
            MESSAGES);

    model.install(Path.of("old.careshelf"));
    runBackground();

    assertThat(model.workingProperty().get()).isFalse();
    assertThat(model.resultProperty().get())
        .isEqualTo(
            "The library was not changed. old.careshelf holds library version 1, and 2 is"
                + " installed.");
  }
}
