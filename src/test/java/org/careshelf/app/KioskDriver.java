package org.careshelf.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextField;
import org.careshelf.ui.kiosk.KioskPin;
import org.careshelf.ui.shell.Place;
import org.careshelf.ui.theme.ThemeName;
import org.testfx.util.WaitForAsyncUtils;

/** A kiosk driven by the reader's own navigation calls, for benchmarks outside this package. */
public final class KioskDriver implements AutoCloseable {

  private final ReaderHarness kiosk;

  private KioskDriver(ReaderHarness kiosk) {
    this.kiosk = kiosk;
  }

  /** Opens a kiosk on {@code library}; the JavaFX toolkit must be started. */
  public static KioskDriver open(Path library) throws Exception {
    return new KioskDriver(
        ReaderHarness.openKiosk(
            library,
            new SystemSettings.Kiosk(90, KioskPin.hash("2468"), 150, ThemeName.HIGH_CONTRAST)));
  }

  /** Goes to {@code place}, as a link or a tile does, and waits until the page is shown. */
  public void go(Place place) throws Exception {
    fx(() -> kiosk.window.navigation().go(place));
  }

  /** Types {@code query} into the search field, as the on-screen keyboard does. */
  public void search(String query) throws Exception {
    fx(() -> ((TextField) kiosk.find("#searchField")).setText(query));
  }

  /** Presses "Start over". */
  public void startOver() throws Exception {
    fx(() -> ((ButtonBase) kiosk.find("#startOverButton")).fire());
  }

  private static void fx(Runnable action) throws Exception {
    WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    // The page's content comes from the storage thread and is shown in later pulses.
    WaitForAsyncUtils.waitForFxEvents(1);
  }

  @Override
  public void close() throws Exception {
    kiosk.close();
  }
}
