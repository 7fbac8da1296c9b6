package org.careshelf.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.careshelf.library.LibraryReader;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Messages;
import org.testfx.util.WaitForAsyncUtils;

/** One run of the reader on a data folder, opened and closed as the app does. */
final class ReaderHarness implements AutoCloseable {

  final Stage stage;
  final ReaderWindow window;
  private final Storage storage = new Storage();

  private ReaderHarness(
      Stage stage,
      Path libraryFile,
      Path dataDir,
      SystemSettings.Kiosk kiosk,
      org.careshelf.content.ClinicFile.Result clinic) {
    this.stage = stage;
    storage.open(
        () -> LibraryReader.open(libraryFile),
        () ->
            kiosk == null
                ? UserStore.open(dataDir, Clock.systemUTC())
                : UserStore.inMemory(Clock.systemUTC()));
    window =
        new ReaderWindow(
            stage,
            storage.library,
            storage.user,
            storage.background,
            Messages.forLocale(Locale.ENGLISH),
            new FailureReport(Messages.forLocale(Locale.ENGLISH)),
            kiosk,
            java.util.concurrent.CompletableFuture.completedFuture(clinic),
            pack ->
                org.careshelf.library.PackInstaller.install(
                    pack, libraryFile.getParent(), java.util.List.of()));
    stage.setScene(window.scene());
    stage.show();
    stage.toFront();
    stage.requestFocus();
  }

  /** The reader's saved data, to check what was written. */
  UserStore userStore() {
    return storage.user.join();
  }

  /** The node matching {@code query} in this reader's window (not in windows of earlier runs). */
  javafx.scene.Node find(String query) {
    return tryFind(query).orElseThrow(() -> new AssertionError("no node " + query));
  }

  java.util.Optional<javafx.scene.Node> tryFind(String query) {
    java.util.concurrent.Callable<java.util.Optional<javafx.scene.Node>> lookup =
        () -> new org.testfx.api.FxRobot().from(window.scene().getRoot()).lookup(query).tryQuery();
    if (javafx.application.Platform.isFxApplicationThread()) {
      try {
        return lookup.call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    // On the FX thread: walked from a test's thread, the scene graph can change under the walk
    // (an IndexOutOfBoundsException in a child list once failed ReaderFlowsTest).
    try {
      return WaitForAsyncUtils.asyncFx(lookup).get(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("looking up " + query, e);
    }
  }

  /** What a screen reader hears for the node matching {@code query}, or "" when there is none. */
  String spoken(String query) {
    return tryFind(query).map(ReaderFlowsTest::spoken).orElse("");
  }

  /** Opens a reader in a new window; call from any thread. */
  static ReaderHarness open(Path libraryFile, Path dataDir) throws Exception {
    return WaitForAsyncUtils.asyncFx(
            () ->
                new ReaderHarness(
                    new Stage(), libraryFile, dataDir, null, org.careshelf.content.ClinicFile.NONE))
        .get(10, TimeUnit.SECONDS);
  }

  /** Opens a reader whose administrator gave the treatment center's details as {@code clinic}. */
  static ReaderHarness openWithClinic(
      Path libraryFile, Path dataDir, org.careshelf.content.ClinicFile.Result clinic)
      throws Exception {
    return WaitForAsyncUtils.asyncFx(
            () -> new ReaderHarness(new Stage(), libraryFile, dataDir, null, clinic))
        .get(10, TimeUnit.SECONDS);
  }

  /** Opens a reader as a kiosk with {@code kiosk}'s settings; it keeps nothing on disk. */
  static ReaderHarness openKiosk(Path libraryFile, SystemSettings.Kiosk kiosk) throws Exception {
    return WaitForAsyncUtils.asyncFx(
            () ->
                new ReaderHarness(
                    new Stage(), libraryFile, null, kiosk, org.careshelf.content.ClinicFile.NONE))
        .get(10, TimeUnit.SECONDS);
  }

  /**
   * Closes as CareShelfApp.stop does: saves state, then closes the storage behind pending writes.
   */
  @Override
  public void close() throws Exception {
    WaitForAsyncUtils.asyncFx(
            () -> {
              window.saveState();
              // Dialogs and pop-overs this run opened would keep the keyboard from the next run.
              javafx.stage.Window.getWindows().stream()
                  .filter(w -> w != stage && w.isShowing())
                  .filter(w -> !(w instanceof javafx.stage.Stage s) || s.getOwner() == stage)
                  .toList()
                  .forEach(javafx.stage.Window::hide);
              stage.hide();
            })
        .get(10, TimeUnit.SECONDS);
    storage.close();
  }
}
