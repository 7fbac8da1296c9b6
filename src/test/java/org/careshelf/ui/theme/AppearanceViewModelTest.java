package org.careshelf.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Async;
import org.careshelf.ui.RecordedFailures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppearanceViewModelTest {

  @TempDir Path dir;
  UserStore user;
  final Async async = new Async(Runnable::run, Runnable::run, new RecordedFailures());

  @BeforeEach
  void open() {
    user = UserStore.open(dir, Clock.systemUTC());
  }

  @AfterEach
  void close() {
    user.close();
  }

  AppearanceViewModel model() {
    return new AppearanceViewModel(CompletableFuture.completedFuture(user), async);
  }

  @Test
  void textSizeStepsFrom100To250() {
    AppearanceViewModel model = model();
    assertThat(model.canShrinkProperty().get()).isFalse();

    for (int i = 0; i < 10; i++) {
      model.enlarge();
    }
    assertThat(model.textSizeProperty().get()).isEqualTo(250);
    assertThat(model.canEnlargeProperty().get()).isFalse();

    model.shrink();
    assertThat(model.textSizeProperty().get()).isEqualTo(225);
    model.resetTextSize();
    assertThat(model.textSizeProperty().get()).isEqualTo(100);
  }

  @Test
  void choicesAreRemembered() {
    AppearanceViewModel first = model();
    first.enlarge();
    first.enlarge();
    first.setTheme(ThemeName.HIGH_CONTRAST);

    AppearanceViewModel second = model();

    assertThat(second.textSizeProperty().get()).isEqualTo(150);
    assertThat(second.themeProperty().get()).isEqualTo(ThemeName.HIGH_CONTRAST);
  }

  @Test
  void oddSavedValuesAreMadeSafe() {
    user.putSetting(AppearanceViewModel.TEXT_SIZE, "9000");
    user.putSetting(AppearanceViewModel.THEME, "neon");

    AppearanceViewModel model = model();

    assertThat(model.textSizeProperty().get()).isEqualTo(250);
    assertThat(model.themeProperty().get()).isEqualTo(ThemeName.LIGHT);
  }
}
