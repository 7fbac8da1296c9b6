package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careshelf.app.ReaderFlowsTest.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import org.careshelf.Fixtures;
import org.careshelf.content.Clinic;
import org.careshelf.content.ClinicFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/** The home page with the administrator's clinic.yaml: "Your treatment center", then the rest. */
@ExtendWith(ApplicationExtension.class)
class TreatmentCenterTest {

  @TempDir Path dir;

  @Test
  void theHomePageShowsTheCenterItsNumbersAndItsNotesAndTheLibrarysVersion() throws Exception {
    Clinic clinic =
        new Clinic(
            "City Cancer Center",
            List.of(new Clinic.Phone("day or night", "555-0100")),
            "In an emergency, call 911.",
            "1200 Main Street",
            "**Parking** is free in the Oak Street garage.");
    try (ReaderHarness reader =
        ReaderHarness.openWithClinic(
            Fixtures.compiledLibrary(dir),
            dir.resolve("data"),
            new ClinicFile.Result(Optional.of(clinic), List.of()))) {
      waitUntil(() -> reader.tryFind("#treatmentCenter").isPresent());
      waitUntil(() -> reader.tryFind("#libraryVersion").isPresent());

      assertThat(((Label) reader.find("#clinicName")).getText()).isEqualTo("City Cancer Center");
      assertThat(reader.find("#treatmentCenter").lookupAll(".label"))
          .map(n -> ((Label) n).getText())
          .contains(
              "555-0100 \u2014 day or night", "In an emergency, call 911.", "1200 Main Street");
      assertThat(reader.find("#clinicNotes").lookupAll(".strong")).isNotEmpty();
      assertThat(((Label) reader.find("#libraryVersion")).getText())
          .isEqualTo("Library version 0, 3 articles.");
      assertThat(reader.tryFind("#updateLibrary")).isPresent();
    }
  }

  @Test
  void aBadClinicFileLeavesTheHomePageWithoutItAndSaysSo() throws Exception {
    ClinicFile.Result bad =
        new ClinicFile.Result(
            Optional.empty(),
            List.of(new org.careshelf.content.Problem("clinic.yaml", 1, "missing field 'name'")));
    try (ReaderHarness reader =
        ReaderHarness.openWithClinic(Fixtures.compiledLibrary(dir), dir.resolve("data"), bad)) {
      waitUntil(() -> reader.tryFind("#topicTiles").isPresent());
      waitUntil(() -> !reader.find("#notices").lookupAll(".label").isEmpty());

      assertThat(reader.tryFind("#treatmentCenter")).isEmpty();
      assertThat(reader.find("#notices").lookupAll(".label"))
          .map(n -> ((Label) n).getText())
          .anySatisfy(
              t -> assertThat(t).contains("treatment center\u2019s details could not be read"));
    }
  }
}
