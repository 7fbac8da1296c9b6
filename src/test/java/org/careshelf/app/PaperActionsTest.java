package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careshelf.app.ReaderFlowsTest.waitUntil;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.careshelf.Fixtures;
import org.careshelf.ui.kiosk.KioskPin;
import org.careshelf.ui.shell.Place;
import org.careshelf.ui.theme.ThemeName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Print and Save as PDF: on every article for a reader, Print alone on a kiosk allowed to. */
@ExtendWith(ApplicationExtension.class)
class PaperActionsTest {

  static final KeyCodeCombination PRINT =
      new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
  static final KeyCodeCombination SAVE =
      new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

  @TempDir Path dir;
  Path library;

  @BeforeEach
  void compile() {
    library = Fixtures.compiledLibrary(dir);
  }

  @Test
  void aReaderPrintsWithAPreviewOfThePages(FxRobot robot) throws Exception {
    try (ReaderHarness reader = ReaderHarness.open(library, dir.resolve("data"))) {
      robot.interact(() -> reader.window.navigation().go(new Place.ArticlePage("first")));
      waitUntil(() -> reader.tryFind("#printButton").isPresent());
      assertThat(reader.tryFind("#savePdfButton")).isPresent();
      assertThat(reader.window.scene().getAccelerators()).containsKeys(PRINT, SAVE);
      robot.clickOn(reader.find("#printButton"));
      waitUntil(
          () ->
              Window.getWindows().stream()
                  .map(w -> w.getScene().getRoot().lookup("#printPreview"))
                  .anyMatch(p -> p != null && !p.lookupAll(".image-view").isEmpty()));
      Node preview =
          Window.getWindows().stream()
              .map(w -> w.getScene().getRoot().lookup("#printPreview"))
              .filter(p -> p != null)
              .findFirst()
              .orElseThrow();
      assertThat(preview.lookupAll(".image-view"))
          .allMatch(v -> ((ImageView) v).getImage().getWidth() > 500);
    }
  }

  @Test
  void aKioskPrintsOnlyWhenAllowedAndNeverSaves(FxRobot robot) throws Exception {
    SystemSettings.Kiosk noPrint =
        new SystemSettings.Kiosk(90, KioskPin.hash("2468"), 100, ThemeName.LIGHT);
    try (ReaderHarness kiosk = ReaderHarness.openKiosk(library, noPrint)) {
      robot.interact(() -> kiosk.window.navigation().go(new Place.ArticlePage("first")));
      waitUntil(() -> kiosk.tryFind("#articleTitle").isPresent());
      assertThat(kiosk.tryFind("#printButton")).isEmpty();
      assertThat(kiosk.window.scene().getAccelerators()).doesNotContainKeys(PRINT, SAVE);
    }
    SystemSettings.Kiosk print =
        new SystemSettings.Kiosk(90, KioskPin.hash("2468"), 100, ThemeName.LIGHT, true);
    try (ReaderHarness kiosk = ReaderHarness.openKiosk(library, print)) {
      robot.interact(() -> kiosk.window.navigation().go(new Place.ArticlePage("first")));
      waitUntil(() -> kiosk.tryFind("#printButton").isPresent());
      assertThat(kiosk.tryFind("#savePdfButton")).isEmpty();
      assertThat(kiosk.window.scene().getAccelerators()).containsKey(PRINT).doesNotContainKey(SAVE);
    }
  }
}
