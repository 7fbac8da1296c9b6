package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code careshelf handout}: a PDF when all is well; one line, exit 2 and no file when not. */
class HandoutCommandTest {

  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return Main.run(
        args,
        dir.resolve("settings.conf"),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesSeveralHandoutsAsOnePdf() throws Exception {
    Path pdf = dir.resolve("take-home.pdf");
    int status =
        run(
            "--data-dir",
            dir.resolve("data").toString(),
            "handout",
            "safety-card",
            "glossary:CRS",
            "my-questions",
            "--out",
            pdf.toString(),
            "--paper",
            "a4",
            "--large");
    assertThat(status).as(err()).isZero();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Safety card")
          .contains("Cytokine release syndrome")
          .contains("My questions for my care team");
      assertThat(document.getPage(0).getMediaBox().getWidth())
          .isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
    }
    assertThat(leftovers()).containsExactly(pdf);
  }

  @Test
  void aBadIdIsOneLineExitsTwoAndWritesNothing() throws Exception {
    Path pdf = dir.resolve("out.pdf");
    assertThat(
            run(
                "--data-dir",
                dir.resolve("data").toString(),
                "handout",
                "icans",
                "no-such-thing",
                "--out",
                pdf.toString()))
        .isEqualTo(2);
    assertThat(err()).contains("no-such-thing").doesNotContain("icans,");
    assertThat(err().lines()).hasSize(1);
    assertThat(pdf).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aMissingFolderIsOneLineExitsTwoAndWritesNothing() throws Exception {
    Path pdf = dir.resolve("no-such-folder").resolve("out.pdf");
    assertThat(run("handout", "icans", "--out", pdf.toString())).isEqualTo(2);
    assertThat(err().lines()).hasSize(1);
    assertThat(err()).contains("no-such-folder");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFolderThatIsAFileCannotBeWrittenIn() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
    assertThat(run("handout", "icans", "--out", file.resolve("out.pdf").toString())).isEqualTo(2);
    assertThat(err().lines()).hasSize(1);
    assertThat(Files.readString(file)).isEqualTo("mine");
  }

  @Test
  void handoutOptionsAreChecked() {
    assertThat(run("handout", "icans")).isEqualTo(2);
    assertThat(err()).contains("--out");
    err.reset();
    assertThat(run("handout", "icans", "--out", "x.pdf", "--paper", "legal")).isEqualTo(2);
    assertThat(err()).contains("--paper is letter or a4, not 'legal'");
    err.reset();
    assertThat(run("list", "--large")).isEqualTo(2);
    assertThat(err()).contains("--large is only for the handout command");
  }

  private java.util.List<Path> leftovers() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".part"))
          .toList();
    }
  }
}
