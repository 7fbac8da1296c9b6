package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.careshelf.Fixtures;
import org.careshelf.library.LibraryContents;
import org.careshelf.library.LibraryReader;
import org.careshelf.store.Bookmark;
import org.careshelf.store.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator's commands: keygen, pack, install-library and check-settings, end to end. */
class PackCommandsTest {

  @TempDir Path dir;
  Path settings;
  Path data;
  ByteArrayOutputStream out = new ByteArrayOutputStream();
  ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** A clinic's own topic and one page whose grade is high and has no care-team section. */
  static final String CLINIC_TOPICS =
      "- id: our-center\n  title: Our treatment center\n  order: 9\n  clinical: true\n";

  static final String PARKING =
      """
      ---
      id: parking-and-lodging
      title: Parking and lodging
      topic: our-center
      summary: Where to park and stay near the center.
      reviewed: 2026-11-20
      sources:
        - title: Lodging during treatment
          publisher: National Cancer Institute
          url: https://www.cancer.gov/lodging
          accessed: 2026-11-20
        - title: Travel and treatment
          publisher: MedlinePlus
          url: https://medlineplus.gov/travel
          accessed: 2026-11-20
      related: [first]
      questions:
        - Where do I park?
        - Where can my family stay?
        - Is parking free?
      ---

      Comprehensive accommodation arrangements, encompassing subsidized hospitality facilities and
      complimentary transportation, are coordinated administratively through institutional
      partnerships established specifically for individuals undergoing immunotherapeutic
      interventions necessitating prolonged geographical proximity.
      """;

  @BeforeEach
  void folders() {
    settings = dir.resolve("settings.conf");
    data = dir.resolve("data");
  }

  int run(String... args) {
    out.reset();
    err.reset();
    return Main.run(
        args,
        settings,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Makes a key pair in {@code keys} and trusts it in the settings file; returns its line. */
  String trustedKey(Path keys) throws Exception {
    assertThat(run("keygen", "--out", keys.toString())).isZero();
    String line = out().lines().filter(l -> l.startsWith("trusted-key = ")).findFirst().get();
    Files.writeString(settings, "# this clinic's key\n" + line + "\n");
    return line;
  }

  Path clinicFolder() throws Exception {
    Path clinic = dir.resolve("clinic-articles");
    Files.createDirectories(clinic.resolve("our-center"));
    Files.writeString(clinic.resolve("topics.yaml"), CLINIC_TOPICS);
    Files.writeString(clinic.resolve("our-center/parking.md"), PARKING);
    return clinic;
  }

  @Test
  void keygenPrintsTheSettingsLineOfItsPublicKey() throws Exception {
    String line = trustedKey(dir.resolve("keys"));

    assertThat(line)
        .isEqualTo("trusted-key = " + Files.readString(dir.resolve("keys/public.key")).strip());
    assertThat(run("keygen", "--out", dir.resolve("keys").toString())).isEqualTo(2);
    assertThat(err().lines()).singleElement().asString().contains("never replaces a key");
    assertThat(run("keygen")).isEqualTo(2);
    assertThat(err()).contains("keygen needs --out");
  }

  @Test
  void aClinicPacksItsPagesBesideTheLibraryAndReadersKeepTheirBookmarks() throws Exception {
    trustedKey(dir.resolve("keys"));
    Path pack = dir.resolve("december.careshelf");
    String[] packArgs = {
      "pack",
      Fixtures.librarySource().toString(),
      clinicFolder().toString(),
      "--key",
      dir.resolve("keys/private.key").toString(),
      "--version",
      "9000.12.1",
      "--out",
      pack.toString()
    };
    // Strict, the clinic's page is refused for its grade and its missing care-team section.
    assertThat(run(packArgs)).isEqualTo(1);
    assertThat(err()).contains("parking.md:", "reading grade", "When to call your care team");
    assertThat(pack).doesNotExist();
    String[] lenient = java.util.Arrays.copyOf(packArgs, packArgs.length + 1);
    lenient[packArgs.length] = "--lenient";
    assertThat(run(lenient)).as(err()).isZero();
    assertThat(out()).contains("Packed library 9000.12.1", "(4 articles)", "2 warnings");

    // A reader of the bundled library bookmarks two pages and reads one.
    assertThat(run("list", "--data-dir", data.toString())).isZero();
    try (UserStore user = UserStore.open(data, Clock.systemUTC())) {
      user.addBookmark("start-here", "Start here");
      user.addBookmark("first", "The first article");
      user.saveReadingPlace("start-here", 0.5);
    }

    assertThat(run("install-library", pack.toString(), "--data-dir", data.toString()))
        .as(err())
        .isZero();
    assertThat(out()).startsWith("Installed library 9000.12.1 of");

    assertThat(run("list", "--data-dir", data.toString())).isZero();
    assertThat(out()).contains("parking-and-lodging\tParking and lodging", "first\t");
    assertThat(run("report", "--data-dir", data.toString())).isZero();
    assertThat(out())
        .contains("Library version: 9000.12.1", "Warnings from a lenient compile (2):")
        .contains("parking.md:", "reading grade");
    assertThat(run("search", "parking", "--data-dir", data.toString())).isZero();
    assertThat(out()).contains("parking-and-lodging");

    try (UserStore user = UserStore.open(data, Clock.systemUTC());
        LibraryReader library = LibraryReader.open(data.resolve("content.db"))) {
      assertThat(user.bookmarks().stream().map(Bookmark::articleId))
          .containsExactlyInAnyOrder("start-here", "first");
      assertThat(user.readingPlace("start-here")).isPresent();
      LibraryContents contents = new LibraryContents(library.topics(), library.articleSummaries());
      // The bookmarks list shows "start-here" as no longer in the library, and keeps it.
      assertThat(contents.article("start-here")).isEmpty();
      assertThat(contents.article("first")).isPresent();
    }
  }

  @Test
  void aPackSignedByAKeyTheSettingsDoNotTrustIsOneLineAndExitsTwo() throws Exception {
    trustedKey(dir.resolve("keys"));
    assertThat(run("keygen", "--out", dir.resolve("other").toString())).isZero();
    Path pack = dir.resolve("other.careshelf");
    assertThat(
            run(
                "pack",
                Fixtures.librarySource().toString(),
                "--key",
                dir.resolve("other/private.key").toString(),
                "--version",
                "9000.1",
                "--out",
                pack.toString()))
        .isZero();
    assertThat(run("list", "--data-dir", data.toString())).isZero();
    String before = out();

    assertThat(run("install-library", pack.toString(), "--data-dir", data.toString())).isEqualTo(2);
    assertThat(err().lines())
        .singleElement()
        .asString()
        .contains("not signed by a key this computer trusts", "The library is unchanged.");
    assertThat(run("list", "--data-dir", data.toString())).isZero();
    assertThat(out()).isEqualTo(before);
  }

  @Test
  void packNeedsItsKeyVersionAndOutAndAReadableKey() throws Exception {
    String articles = Fixtures.librarySource().toString();
    assertThat(run("pack", articles, "--version", "1", "--out", "x.careshelf")).isEqualTo(2);
    assertThat(err()).contains("pack needs --key");
    assertThat(run("pack", articles, "--key", "k", "--version", "one", "--out", "x")).isEqualTo(2);
    assertThat(err()).contains("--version is one to four whole numbers");
    Files.writeString(dir.resolve("k"), "not a key");
    assertThat(
            run(
                "pack",
                articles,
                "--key",
                dir.resolve("k").toString(),
                "--version",
                "1",
                "--out",
                "x"))
        .isEqualTo(2);
    assertThat(err().lines()).singleElement().asString().contains("is not a private key");
    assertThat(run("list", "--lenient")).isEqualTo(2);
    assertThat(err()).contains("--lenient is only for the compile and pack command");
    assertThat(run("--version")).isZero();
  }

  @Test
  void checkSettingsExitsZeroForGoodFilesAndTwoWithEveryProblem() throws Exception {
    Files.writeString(
        dir.resolve("clinic.yaml"),
        "name: City Cancer Center\nphones:\n  - when: day or night\n    number: 555-0100\n"
            + "emergency: Call 911.\n");
    Files.writeString(settings, "mode = reader\nclinic = clinic.yaml\n");
    assertThat(run("check-settings", settings.toString())).as(err()).isZero();
    assertThat(out()).contains("no problems", "City Cancer Center, 1 phone number.");

    assertThat(run("check-settings", dir.resolve("absent.conf").toString())).isZero();

    Files.writeString(dir.resolve("clinic.yaml"), "name: City Cancer Center\n");
    Files.writeString(settings, "mode = kiosque\nclinic = clinic.yaml\ntrusted-key = abc\n");
    assertThat(run("check-settings")).isEqualTo(2);
    assertThat(err().lines())
        .anySatisfy(l -> assertThat(l).startsWith(settings + ":1: mode is 'reader' or 'kiosk'"))
        .anySatisfy(l -> assertThat(l).startsWith(settings + ":3: trusted-key is a public key"))
        .anySatisfy(
            l -> assertThat(l).isEqualTo(dir.resolve("clinic.yaml") + ":1: missing field 'phones'"))
        .hasSize(5);
  }

  @Test
  void trustedKeysMayBeGivenOnManyLinesAndTheClinicIsFoundBesideTheSettings() throws Exception {
    assertThat(run("keygen", "--out", dir.resolve("a").toString())).isZero();
    String a = out().lines().filter(l -> l.startsWith("trusted-key")).findFirst().get();
    assertThat(run("keygen", "--out", dir.resolve("b").toString())).isZero();
    String b = out().lines().filter(l -> l.startsWith("trusted-key")).findFirst().get();
    Files.writeString(settings, a + "\n" + b + "\nclinic = clinic.yaml\n");

    SystemSettings loaded = SystemSettings.load(settings);

    assertThat(loaded.trustedKeys()).hasSize(3);
    assertThat(loaded.clinic()).contains(dir.resolve("clinic.yaml"));
    assertThat(List.of(SystemSettings.NONE.trustedKeys().size())).containsExactly(1);
  }
}
