package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Async;
import org.careshelf.ui.RecordedFailures;
import org.careshelf.ui.theme.AppearanceViewModel;
import org.careshelf.ui.theme.ThemeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** window.conf: the appearance the window starts with, before the reader's data is open. */
class WindowStateTest {

  @TempDir Path dir;

  @Test
  void theAppearanceWrittenIsTheOneTheNextWindowStartsWith() {
    WindowState state = WindowState.readFrom(dir);
    state.rememberAppearance(250, ThemeName.DARK);
    state.write();

    AppearanceViewModel appearance = appearance();
    WindowState.readFrom(dir).applyAppearance(appearance);

    assertThat(appearance.textSizeProperty().get()).isEqualTo(250);
    assertThat(appearance.themeProperty().get()).isEqualTo(ThemeName.DARK);
  }

  @Test
  void aDamagedOrMissingFileStartsAsNew() throws Exception {
    AppearanceViewModel appearance = appearance();
    WindowState.readFrom(dir).applyAppearance(appearance);
    assertThat(appearance.textSizeProperty().get()).isEqualTo(AppearanceViewModel.SMALLEST);

    Files.writeString(dir.resolve(WindowState.FILE), "theme=purple\ntext-size=huge\n");
    WindowState.readFrom(dir).applyAppearance(appearance);
    assertThat(appearance.textSizeProperty().get()).isEqualTo(AppearanceViewModel.SMALLEST);
    assertThat(appearance.themeProperty().get()).isEqualTo(ThemeName.LIGHT);
  }

  private static AppearanceViewModel appearance() {
    // The reader's data never opens here: only window.conf can set the appearance.
    return new AppearanceViewModel(
        new CompletableFuture<UserStore>(),
        new Async(Runnable::run, Runnable::run, new RecordedFailures()));
  }
}
