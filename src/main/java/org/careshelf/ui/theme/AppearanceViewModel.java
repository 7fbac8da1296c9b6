package org.careshelf.ui.theme;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Async;

/** Text size and colour theme: changed by the reader, remembered in the reader's settings. */
public final class AppearanceViewModel {

  public static final int SMALLEST = 100;
  public static final int LARGEST = 250;
  public static final int STEP = 25;

  static final String TEXT_SIZE = "text-size";
  static final String THEME = "theme";

  private final CompletableFuture<UserStore> user;
  private final Async async;
  private final ReadOnlyIntegerWrapper textSize = new ReadOnlyIntegerWrapper(SMALLEST);
  private final ReadOnlyObjectWrapper<ThemeName> theme =
      new ReadOnlyObjectWrapper<>(ThemeName.LIGHT);

  /** Loads the saved choices once {@code user} is open; failed saves are told. */
  public AppearanceViewModel(CompletableFuture<UserStore> user, Async async) {
    this.user = user;
    this.async = async;
    async.call(
        user,
        u -> new Saved(u.setting(TEXT_SIZE), u.setting(THEME)),
        saved -> {
          saved.textSize().flatMap(AppearanceViewModel::parse).ifPresent(textSize::set);
          saved.theme().flatMap(ThemeName::of).ifPresent(theme::set);
        },
        // The window tells the reader once when their data cannot be read at all.
        async.logging("appearance.load"));
  }

  private record Saved(Optional<String> textSize, Optional<String> theme) {}

  private static Optional<Integer> parse(String text) {
    try {
      int value = Integer.parseInt(text.strip());
      return Optional.of(clamp(value));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static int clamp(int value) {
    int stepped = Math.round(value / (float) STEP) * STEP;
    return Math.max(SMALLEST, Math.min(LARGEST, stepped));
  }

  /** The text size in percent of the normal size, from 100 to 250. */
  public ReadOnlyIntegerProperty textSizeProperty() {
    return textSize.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ThemeName> themeProperty() {
    return theme.getReadOnlyProperty();
  }

  public BooleanBinding canEnlargeProperty() {
    return Bindings.createBooleanBinding(() -> textSize.get() < LARGEST, textSize);
  }

  public BooleanBinding canShrinkProperty() {
    return Bindings.createBooleanBinding(() -> textSize.get() > SMALLEST, textSize);
  }

  public void enlarge() {
    setTextSize(textSize.get() + STEP);
  }

  public void shrink() {
    setTextSize(textSize.get() - STEP);
  }

  public void resetTextSize() {
    setTextSize(SMALLEST);
  }

  private void setTextSize(int percent) {
    int value = clamp(percent);
    if (value != textSize.get()) {
      textSize.set(value);
      save(TEXT_SIZE, Integer.toString(value));
    }
  }

  public void setTheme(ThemeName name) {
    if (name != theme.get()) {
      theme.set(name);
      save(THEME, name.id());
    }
  }

  private void save(String key, String value) {
    async.run(user, u -> u.putSetting(key, value), async.telling("notice.saveFailed"));
  }

  /**
   * Shows {@code percent} and {@code name} without saving them: what a kiosk's next reader starts
   * with.
   */
  public void startWith(int percent, ThemeName name) {
    textSize.set(clamp(percent));
    theme.set(name);
  }
}
