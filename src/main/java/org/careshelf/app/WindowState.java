package org.careshelf.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.careshelf.ui.theme.AppearanceViewModel;
import org.careshelf.ui.theme.ThemeName;

/**
 * The window's size, place and appearance as the reader left them, kept in {@code window.conf}
 * beside {@code user.db}: read before the first frame (opening the database would come too late to
 * stop a light, 100% window flashing before a dark, 250% one), written when they change and on
 * closing. {@code user.db} stays the record of the appearance; this file only starts the window.
 */
final class WindowState {

  static final String FILE = "window.conf";

  private static final System.Logger LOG = System.getLogger(WindowState.class.getName());

  /** The part of a screen the window must overlap to be put back where it was. */
  private static final double VISIBLE = 120;

  private final Path file;
  private final Properties saved = new Properties();

  private WindowState(Path file) {
    this.file = file;
  }

  /** What {@code folder} remembers; nothing when the file is missing, unreadable or odd. */
  static WindowState readFrom(Path folder) {
    WindowState state = new WindowState(folder.resolve(FILE));
    if (Files.isRegularFile(state.file)) {
      try (Reader in = Files.newBufferedReader(state.file, StandardCharsets.UTF_8)) {
        state.saved.load(in);
      } catch (IOException | IllegalArgumentException e) {
        LOG.log(Level.WARNING, "window.conf cannot be read; the window opens as new", e);
        state.saved.clear();
      }
    }
    return state;
  }

  /** Shows the remembered text size and theme at once, before the reader's data is open. */
  void applyAppearance(AppearanceViewModel appearance) {
    Optional<ThemeName> theme =
        Optional.ofNullable(saved.getProperty("theme")).flatMap(ThemeName::of);
    Optional<Integer> size = number("text-size").map(Double::intValue);
    if (theme.isPresent() || size.isPresent()) {
      appearance.startWith(
          size.orElse(AppearanceViewModel.SMALLEST), theme.orElse(ThemeName.LIGHT));
    }
  }

  /**
   * Puts {@code stage} where the reader left it when that is still on a screen, otherwise at most
   * of the primary screen; called after {@code show()}, because some window managers give a window
   * shown with a size set before it its minimum size instead.
   */
  void placeShown(Stage stage) {
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    Optional<Rectangle2D> bounds = bounds();
    if (bounds.isPresent() && onSomeScreen(bounds.get())) {
      Rectangle2D b = bounds.get();
      stage.setX(b.getMinX());
      stage.setY(b.getMinY());
      stage.setWidth(Math.max(stage.getMinWidth(), b.getWidth()));
      stage.setHeight(Math.max(stage.getMinHeight(), b.getHeight()));
    } else {
      double width = Math.min(1400, screen.getWidth() * 0.92);
      double height = Math.min(950, screen.getHeight() * 0.92);
      stage.setWidth(width);
      stage.setHeight(height);
      stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
      stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
    }
    if (Boolean.parseBoolean(saved.getProperty("maximized"))) {
      stage.setMaximized(true);
    }
  }

  private Optional<Rectangle2D> bounds() {
    Optional<Double> x = number("x");
    Optional<Double> y = number("y");
    Optional<Double> w = number("width");
    Optional<Double> h = number("height");
    if (x.isEmpty() || y.isEmpty() || w.isEmpty() || h.isEmpty() || w.get() < 1 || h.get() < 1) {
      return Optional.empty();
    }
    return Optional.of(new Rectangle2D(x.get(), y.get(), w.get(), h.get()));
  }

  private static boolean onSomeScreen(Rectangle2D bounds) {
    for (Screen screen : Screen.getScreens()) {
      Rectangle2D s = screen.getVisualBounds();
      double wide =
          Math.min(bounds.getMaxX(), s.getMaxX()) - Math.max(bounds.getMinX(), s.getMinX());
      double tall =
          Math.min(bounds.getMaxY(), s.getMaxY()) - Math.max(bounds.getMinY(), s.getMinY());
      if (wide >= VISIBLE && tall >= VISIBLE) {
        return true;
      }
    }
    return false;
  }

  private Optional<Double> number(String key) {
    try {
      String text = saved.getProperty(key);
      double value = text == null ? Double.NaN : Double.parseDouble(text);
      return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Remembers the appearance shown now. */
  void rememberAppearance(int textSize, ThemeName theme) {
    saved.setProperty("text-size", Integer.toString(textSize));
    saved.setProperty("theme", theme.id());
  }

  /**
   * Remembers where {@code stage} is; a maximised or full-screen window keeps the bounds it had
   * before, so un-maximising puts it back there.
   */
  void rememberPlace(Stage stage) {
    saved.setProperty("maximized", Boolean.toString(stage.isMaximized()));
    if (!stage.isMaximized() && !stage.isFullScreen() && stage.getWidth() > 0) {
      saved.setProperty("x", Double.toString(stage.getX()));
      saved.setProperty("y", Double.toString(stage.getY()));
      saved.setProperty("width", Double.toString(stage.getWidth()));
      saved.setProperty("height", Double.toString(stage.getHeight()));
    }
  }

  /** Writes what is remembered now on {@code background}, whole or not at all. */
  void write(java.util.concurrent.Executor background) {
    Properties copy = new Properties();
    copy.putAll(saved);
    background.execute(() -> write(file, copy));
  }

  /** Writes what is remembered now, before returning: on closing. */
  void write() {
    Properties copy = new Properties();
    copy.putAll(saved);
    write(file, copy);
  }

  // A failure is logged, never shown: the window then opens as new, and nothing is lost.
  private static synchronized void write(Path file, Properties copy) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), FILE, ".tmp");
      try {
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
          copy.store(out, "CareShelf window: size, place and appearance at the last close");
        }
        try {
          Files.move(
              temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "window.conf cannot be written", e);
    }
  }
}
