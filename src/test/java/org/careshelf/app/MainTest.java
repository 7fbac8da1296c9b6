package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careshelf.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir Path dir;
  Path settings;

  @BeforeEach
  void noSettingsUnlessATestWritesThem() {
    settings = dir.resolve("settings.conf");
  }

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void helpPrintsTheUsage() {
    assertThat(run("--help")).isZero();
    assertThat(out())
        .contains("Usage: careshelf")
        .contains("ARTICLES-DIR [CLINIC-DIR...] OUT.db")
        .contains("install-library FILE.careshelf")
        .contains("keygen --out DIR")
        .contains("check-settings [FILE]")
        .contains("report [--db FILE]");
  }

  @Test
  void anUnknownCommandIsOneLineAndExitsTwo() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err())
        .isEqualTo("careshelf: unknown command 'frobnicate'. Try 'careshelf --help'.\n");
  }

  @Test
  void anUnknownOptionIsOneLine() {
    assertThat(run("--colour")).isEqualTo(2);
    assertThat(err().lines()).hasSize(1);
  }

  @Test
  void compileNeedsTwoArguments() {
    assertThat(run("compile", "articles")).isEqualTo(2);
    assertThat(err()).contains("compile needs a folder of articles and a library file");
  }

  @Test
  void dataDirNeedsAValue() {
    assertThat(run("list", "--data-dir")).isEqualTo(2);
    assertThat(err()).contains("--data-dir needs a folder");
  }

  @Test
  void compileWritesALibrary() {
    Path db = dir.resolve("out.db");

    assertThat(run("compile", Fixtures.librarySource().toString(), db.toString())).isZero();

    assertThat(db).exists();
    assertThat(out()).contains("Compiled 3 articles, 2 topics and 2 glossary terms");
  }

  @Test
  void compileListsEveryProblemWithItsFileAndLineAndWritesNothing() throws Exception {
    Path library = Fixtures.copyLibrary(dir.resolve("library"));
    Files.writeString(library.resolve("basics/one.md"), "no front matter\n");
    Files.writeString(library.resolve("basics/two.md"), "---\nid: two\n---\n\nText.\n");
    Path db = dir.resolve("out.db");

    assertThat(run("compile", library.toString(), db.toString())).isEqualTo(1);

    assertThat(err())
        .contains(library.resolve("basics/one.md") + ":1: missing front matter")
        .contains(library.resolve("basics/two.md") + ":2: missing field 'title'")
        .contains("problems; no library written.");
    assertThat(db).doesNotExist();
  }

  @Test
  void compileOfAMissingFolderIsOneLine() {
    assertThat(run("compile", dir.resolve("nope").toString(), dir.resolve("x.db").toString()))
        .isEqualTo(1);
    assertThat(err().lines()).hasSize(1);
  }

  @Test
  void listPrintsTheBundledArticles() {
    assertThat(run("--data-dir", dir.toString(), "list")).isZero();

    assertThat(out().lines()).isNotEmpty().allMatch(line -> line.matches("[a-z0-9-]+\t.+"));
    assertThat(dir.resolve("content.db")).exists();
  }

  @Test
  void reportPrintsATableAndTheSummary() {
    Path db = dir.resolve("out.db");
    assertThat(run("compile", Fixtures.librarySource().toString(), db.toString())).isZero();
    out.reset();

    assertThat(run("report", "--db", db.toString())).isZero();

    assertThat(out().lines().toList())
        .first()
        .asString()
        .matches("id +words +grade +terms +sources +reviewed");
    assertThat(out().lines().filter(line -> line.matches("(first|second|third) .*")))
        .hasSize(3)
        .anyMatch(line -> line.matches("first +\\d+ +-?\\d+\\.\\d +1 +2 +2026-11-01"))
        .anyMatch(line -> line.matches("third +\\d+ +-?\\d+\\.\\d +0 +2 +2026-11-03"));
    assertThat(out())
        .contains("Articles: 3")
        .contains("Glossary terms: 2")
        .contains("Median grade: ")
        .contains("Maximum grade: ")
        .contains("Glossary terms used by no article (0): none")
        .contains("Articles that link no glossary term (1): third");
  }

  @Test
  void reportReadsTheBundledLibraryByDefault() {
    assertThat(run("--data-dir", dir.toString(), "report")).isZero();

    assertThat(out()).containsPattern("Articles: \\d+").containsPattern("Median grade: \\d");
  }

  @Test
  void reportOfAMissingFileIsOneLineAndExitsOne() {
    assertThat(run("report", "--db", dir.resolve("nope.db").toString())).isEqualTo(1);
    assertThat(err().lines()).hasSize(1);
  }

  @Test
  void dbGoesWithReportOnly() {
    assertThat(run("list", "--db", "x.db")).isEqualTo(2);
    assertThat(err()).contains("--db is only for the search, report, handout and speak commands");
    err.reset();
    assertThat(run("report", "extra")).isEqualTo(2);
    assertThat(err()).contains("report takes no arguments");
    err.reset();
    assertThat(run("report", "--db")).isEqualTo(2);
    assertThat(err()).contains("--db needs a library file");
  }

  @Test
  void searchPrintsRankedResultsAndTheCorrection() {
    assertThat(run("--data-dir", dir.toString(), "search", "lukemia", "--limit", "3")).isZero();

    assertThat(out())
        .startsWith("Showing results for \"leukemia\" (you typed \"lukemia\").\n")
        .contains("Leukemia: ")
        .contains("1. Leukemia  (leukemia, score ")
        .contains("[leukemia]")
        .contains("3. ")
        .doesNotContain("4. ");
  }

  @Test
  void searchPrintsJson() {
    assertThat(run("--data-dir", dir.toString(), "search", "--json", "CRS")).isZero();

    assertThat(out())
        .startsWith("{\"query\":\"CRS\",\"correction\":null,\"partial\":false,")
        .contains("\"definition\":{\"term\":\"Cytokine release syndrome\"")
        .contains("\"results\":[{\"id\":\"cytokine-release-syndrome\"")
        .contains("\"highlights\":[[")
        .endsWith("}\n");
  }

  @Test
  void searchReadsAnotherLibraryFile() {
    Path db = Fixtures.compiledLibrary(dir);

    assertThat(run("search", "antigen", "--db", db.toString())).isZero();

    assertThat(out()).contains("1. The second article  (second, score ");
  }

  @Test
  void searchSaysKindlyWhenNothingMatches() {
    assertThat(run("--data-dir", dir.toString(), "search", "xyzzy")).isZero();

    assertThat(out())
        .startsWith("Nothing in the library matches \"xyzzy\". Try other words")
        .contains("  Side effects\n");
  }

  @Test
  void searchShowsTheQuestionAHitAnswers() {
    assertThat(run("--data-dir", dir.toString(), "search", "can i drive after car t")).isZero();

    assertThat(out())
        .contains("1. Driving and activity after CAR T  (driving-and-activity, score ")
        .contains("\n   Answers: Can I drive after CAR T?\n");
  }

  @Test
  void searchSaysWhichWordNoArticleMentionsInsteadOfCorrectingIt() {
    assertThat(run("--data-dir", dir.toString(), "search", "hair loss")).isZero();

    assertThat(out())
        .startsWith("No article mentions hair. Start from a topic:\n")
        .contains("  Side effects\n")
        .contains("1. ")
        .doesNotContain("chair");
  }

  @Test
  void searchTakesAnyTextSafely() {
    assertThat(run("--data-dir", dir.toString(), "search", "--", "-\"); DROP TABLE article; --"))
        .isZero();
    assertThat(err()).isEmpty();
  }

  @Test
  void searchOptionsAreCheckedInOneLine() {
    assertThat(run("search", "x", "--limit", "many")).isEqualTo(2);
    assertThat(err()).contains("--limit needs a whole number from 1 to 1000, not 'many'");
    assertThat(run("search")).isEqualTo(2);
    assertThat(run("list", "--json")).isEqualTo(2);
    assertThat(err()).contains("--json is only for the search command");
    assertThat(err().lines()).hasSize(3);
  }

  @Test
  void searchOfAMissingLibraryFileFails() {
    assertThat(run("search", "x", "--db", dir.resolve("none.db").toString())).isEqualTo(1);
    assertThat(err()).contains("cannot be opened");
  }

  @Test
  void listUsesTheDataFolderOfTheSettingsFile() throws Exception {
    Path data = dir.resolve("shared data");
    Files.writeString(settings, "data-dir = " + data + "\n");

    assertThat(run("list")).isZero();

    assertThat(data.resolve("content.db")).exists();
  }

  @Test
  void aDataFolderOnTheCommandLineWinsOverTheSettingsFile() throws Exception {
    Files.writeString(settings, "data-dir = " + dir.resolve("shared") + "\n");

    assertThat(run("list", "--data-dir", dir.resolve("mine").toString())).isZero();

    assertThat(dir.resolve("mine/content.db")).exists();
    assertThat(dir.resolve("shared")).doesNotExist();
  }

  @Test
  void aBadSettingsFileStopsACommandWithOneLineNamingFileAndLine() throws Exception {
    Files.writeString(settings, "kiosk-mode = on\n");

    assertThat(run("--data-dir", dir.toString(), "list")).isEqualTo(2);

    assertThat(err())
        .isEqualTo(
            "careshelf: "
                + settings
                + ":1: unknown setting 'kiosk-mode';"
                + " the settings CareShelf knows are: data-dir, mode, kiosk-idle-seconds, kiosk-pin-hash, kiosk-print, kiosk-text-size, kiosk-theme, clinic, trusted-key.\n");
    assertThat(out()).isEmpty();
  }

  @Test
  void helpSaysWhereTheSettingsFileIs() {
    assertThat(run("--help")).isZero();

    assertThat(out())
        .contains("Settings for every user of this computer are read from " + settings);
  }

  @Test
  void compileWillNotReplaceAFileThatIsNotALibrary() throws Exception {
    Path notes = dir.resolve("notes.db");
    Files.writeString(notes, "my notes, not a library");

    assertThat(run("compile", Fixtures.librarySource().toString(), notes.toString())).isEqualTo(1);

    assertThat(err())
        .isEqualTo(
            "careshelf: "
                + notes
                + " is not a CareShelf library, so compile will not replace it; remove it or name"
                + " another file.\n");
    assertThat(notes).hasContent("my notes, not a library");
  }

  @Test
  void compileWillNotReplaceAFolderALinkOrAPipe() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("folder.db"));
    Path library = Fixtures.compiledLibrary(dir.resolve("lib"));
    Path link = Files.createSymbolicLink(dir.resolve("link.db"), library);
    Path pipe = dir.resolve("pipe.db");
    boolean hasPipe = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
    String source = Fixtures.librarySource().toString();

    assertThat(run("compile", source, folder.toString())).isEqualTo(1);
    assertThat(run("compile", source, link.toString())).isEqualTo(1);
    if (hasPipe) {
      assertThat(run("compile", source, pipe.toString())).isEqualTo(1);
    }

    assertThat(err().lines()).hasSize(hasPipe ? 3 : 2).allMatch(l -> l.contains("not a CareShelf"));
    assertThat(folder).isDirectory();
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void compileReplacesALibraryItWroteBefore() {
    Path db = dir.resolve("out.db");
    String source = Fixtures.librarySource().toString();

    assertThat(run("compile", source, db.toString())).isZero();
    assertThat(run("compile", source, db.toString())).isZero();
  }

  @Test
  void anErrorIsOneLineWithoutAStackTrace() {
    PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);

    assertThat(Main.failed(new StackOverflowError(), stream)).isEqualTo(1);
    assertThat(Main.failed(new OutOfMemoryError("Java heap space"), stream)).isEqualTo(1);

    assertThat(err())
        .isEqualTo(
            "careshelf: a file is nested too deeply to read (StackOverflowError).\n"
                + "careshelf: not enough memory; a file may be far too large (OutOfMemoryError).\n");
  }

  @Test
  void aDataFolderWithBytesThatAreNotTextIsRefused() {
    assertThat(run("list", "--data-dir", "/tmp/caf\uFFFD")).isEqualTo(2);

    assertThat(err())
        .isEqualTo(
            "careshelf: --data-dir holds bytes that are not text in this system's encoding."
                + " Try 'careshelf --help'.\n");
  }

  @Test
  void theWindowWithoutADisplayIsOneLine() throws Exception {
    ProcessBuilder start =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "--data-dir",
            dir.resolve("data").toString());
    start.environment().remove("DISPLAY");
    start.environment().remove("WAYLAND_DISPLAY");
    start.environment().put("CARESHELF_SETTINGS", settings.toString());
    Process process = start.start();
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(errors)
        .contains(
            "careshelf: there is no display to open the window on; the commands work without one"
                + " (careshelf --help).")
        .doesNotContain("Exception");
  }

  private int run(String... args) {
    return Main.run(
        args,
        settings,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
