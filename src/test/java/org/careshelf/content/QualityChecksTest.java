package org.careshelf.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careshelf.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QualityChecksTest {

  private static final String SECOND_PUBLISHER = "    publisher: NHS\n";

  /** The questions line of every article here: one line, after related. */
  static final String QUESTIONS = "questions: [\"What is X?\", \"Why X?\", \"How X?\"]\n";

  @TempDir Path dir;

  @Test
  void theFixtureLibraryPassesEveryCheck() {
    assertThat(problems()).isEmpty();
  }

  @Test
  void anArticleNeedsTwoSourcesFromTrustedPublishers() throws IOException {
    write("basics/x.md", article("basics").replace(SECOND_PUBLISHER, "    publisher: A Blog\n"));

    assertThat(problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p)
                    .startsWith(
                        "basics/x.md:8: an article needs at least 2 sources from trusted"
                            + " publishers, and this one has 1 (trusted: American Cancer Society,")
                    .contains("National Cancer Institute"));
  }

  @Test
  void publishersMayBeNamedAsArticlesUsuallyNameThem() throws IOException {
    write(
        "basics/x.md",
        article("basics")
            .replace("National Cancer Institute", "FDA")
            .replace("https://www.cancer.gov/a", "https://www.fda.gov/a")
            .replace(SECOND_PUBLISHER, "    publisher: The Leukemia and Lymphoma Society\n")
            .replace("https://www.nhs.uk/b", "https://www.lls.org/b"));

    assertThat(problems()).isEmpty();
  }

  @Test
  void aSourceNamingATrustedPublisherMustBeOnItsSiteAtTheUrlLine() throws IOException {
    write(
        "basics/x.md",
        article("basics").replace("https://www.cancer.gov/a", "https://www.cancer.org/a"));

    assertThat(problems())
        .containsExactly(
            "basics/x.md:10: the publisher 'National Cancer Institute' is trusted, but this address"
                + " is not on its own site (cancer.gov): name the publisher whose page it is, or"
                + " cite the page on cancer.gov");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://cancer.gov.example.com/a",
        "https://www.cancer.gov@example.com/a",
        "https://notcancer.gov/a",
        "https://example.com/www.cancer.gov/a",
        "https://example.com/?site=cancer.gov"
      })
  void anAddressThatOnlyLooksLikeThePublishersSiteIsNotOnIt(String url) throws IOException {
    write("basics/x.md", article("basics").replace("https://www.cancer.gov/a", url));

    assertThat(problems())
        .singleElement()
        .asString()
        .startsWith("basics/x.md:10: the publisher 'National Cancer Institute' is trusted");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://cancer.gov/a",
        "https://survivorship.cancer.gov/a",
        "https://WWW.Cancer.Gov:443/a",
        "https://www.cancer.gov"
      })
  void thePublishersSiteAndItsSubdomainsAreOnIt(String url) throws IOException {
    write("basics/x.md", article("basics").replace("https://www.cancer.gov/a", url));

    assertThat(problems()).isEmpty();
  }

  @Test
  void untrustedPublishersStayAllowedAsExtraSourcesAtAnyAddress() throws IOException {
    write(
        "basics/x.md",
        article("basics")
            .replace(
                "related:",
                "  - title: C\n    publisher: A Journal\n    url: https://www.cancer.gov/c\n"
                    + "    accessed: 2026-01-01\n"
                    + "  - title: D\n    publisher: Another Blog\n    url: https://example.org/d\n"
                    + "    accessed: 2026-01-01\nrelated:"));

    assertThat(problems()).isEmpty();
  }

  @Test
  void theNihItsInstitutesAndTheCdcAreTrustedUnderTheirOwnNamesOnTheirOwnSites()
      throws IOException {
    write(
        "basics/x.md",
        article("basics")
            .replace("National Cancer Institute", "National Heart, Lung and Blood Institute")
            .replace("https://www.cancer.gov/a", "https://www.nhlbi.nih.gov/a")
            .replace(SECOND_PUBLISHER, "    publisher: CDC\n")
            .replace("https://www.nhs.uk/b", "https://www.cdc.gov/b"));
    write(
        "basics/y.md",
        article("basics")
            .replace("id: x", "id: y")
            .replace("National Cancer Institute", "NIH")
            .replace("https://www.cancer.gov/a", "https://www.nih.gov/a")
            .replace(
                SECOND_PUBLISHER, "    publisher: Centers for Disease Control and Prevention\n")
            .replace("https://www.nhs.uk/b", "https://www.nhlbi.nih.gov/b"));

    assertThat(problems())
        .containsExactly(
            "basics/y.md:14: the publisher 'Centers for Disease Control and Prevention' is trusted,"
                + " but this address is not on its own site (cdc.gov): name the publisher whose"
                + " page it is, or cite the page on cdc.gov");
  }

  @Test
  void papersInPubMedCentralAreTheirJournalsNotTheLibraryOfMedicines() throws IOException {
    write(
        "basics/x.md",
        article("basics")
            .replace(SECOND_PUBLISHER, "    publisher: National Library of Medicine\n")
            .replace("https://www.nhs.uk/b", "https://pmc.ncbi.nlm.nih.gov/articles/PMC1/"));

    assertThat(problems())
        .containsExactly(
            "basics/x.md:14: the publisher 'National Library of Medicine' is trusted, but this"
                + " address is not on its own site (nlm.nih.gov or medlineplus.gov; pages at"
                + " ncbi.nlm.nih.gov are papers and books from other publishers): name the"
                + " publisher whose page it is, or cite the page on nlm.nih.gov or"
                + " medlineplus.gov");
  }

  @Test
  void aProductPageMustCiteTheProductsOwnFdaPageOrLabel() throws IOException {
    productTopic();
    write("basics/kymriah.md", productPage(""));

    assertThat(problems())
        .containsExactly(
            "basics/kymriah.md:8: a page about a CAR T product must cite the product's own FDA"
                + " page or its label: a source from the U.S. Food and Drug Administration"
                + " (fda.gov) or its label on DailyMed (National Library of Medicine,"
                + " dailymed.nlm.nih.gov) whose title or address names 'kymriah'");
  }

  @ParameterizedTest
  @CsvSource({
    "FDA Eliminates REMS for CAR T cell Immunotherapies, FDA, https://www.fda.gov/rems, 1",
    "Kymriah (tisagenlecleucel) injection, MedlinePlus, https://medlineplus.gov/kymriah, 1",
    "Approved Cellular and Gene Therapy Products, U.S. Food and Drug Administration,"
        + " https://www.fda.gov/vaccines-blood-biologics/kymriah-tisagenlecleucel, 0",
    "KYMRIAH package insert, FDA, https://www.fda.gov/media/1/download, 0",
    "KYMRIAH Medication Guide (DailyMed), National Library of Medicine,"
        + " https://dailymed.nlm.nih.gov/dailymed/medguide.cfm?setid=aad3ba54, 0"
  })
  void onlyAnFdaPageOrDailyMedLabelNamingTheProductCounts(
      String title, String publisher, String url, int problems) throws IOException {
    productTopic();
    write(
        "basics/kymriah.md",
        productPage(
            "  - title: "
                + title
                + "\n    publisher: "
                + publisher
                + "\n    url: "
                + url
                + "\n    accessed: 2026-01-01\n"));

    assertThat(problems()).hasSize(problems);
  }

  @Test
  void codeBlocksAreRefusedBecauseTheGradeCannotReadThem() throws IOException {
    String hard =
        "Immunotherapeutic interventions necessitate comprehensive multidisciplinary evaluation,"
            + " individualized pharmacological optimization and longitudinal surveillance.\n";
    write("basics/x.md", article("basics") + "\n```\n" + hard + "```\n");
    write(
        "basics/y.md",
        article("basics").replace("id: x", "id: y") + "\n- A list item.\n\n      " + hard);

    assertThat(problems())
        .containsExactly(
            "basics/x.md:22: code blocks are not for patient text; write it as a paragraph or a"
                + " list",
            "basics/y.md:24: code blocks are not for patient text; write it as a paragraph or a"
                + " list (a line indented by four spaces or more starts a code block)");
  }

  @Test
  void inlineCodeCountsTowardTheGradeSoItHidesNoProse() throws IOException {
    String hard =
        "Immunotherapeutic interventions necessitate comprehensive multidisciplinary evaluation,"
            + " individualized pharmacological optimization and longitudinal surveillance.";
    write("basics/x.md", article("basics") + "\n`" + hard + "`\n");

    assertThat(problems())
        .singleElement()
        .asString()
        .startsWith("basics/x.md:22: reading grade ")
        .endsWith(
            String.format(
                java.util.Locale.ROOT,
                "the hardest paragraph, here, reads at grade %.1f",
                Readability.ofText(hard).roundedGrade()));
  }

  @Test
  void anArticleNeedsARelatedArticle() throws IOException {
    write("basics/x.md", article("basics").replace("related: [first]", "related: []"));
    write(
        "basics/y.md",
        article("basics").replace("id: x", "id: y").replace("related: [first]\n", ""));

    assertThat(problems())
        .containsExactly(
            "basics/x.md:16: an article needs at least one related article, as in related:"
                + " [other-article-id]",
            "basics/y.md:2: an article needs at least one related article, as in related:"
                + " [other-article-id]");
  }

  @Test
  void anArticleInAClinicalTopicNeedsTheCareTeamSection() throws IOException {
    topics("basics", "true", "deeper", null);
    write("basics/x.md", article("basics"));

    assertThat(problems())
        .contains(
            "basics/x.md:4: articles in topic 'basics' need a short section '## When to call your"
                + " care team': the signs that mean calling the care team, and when to call"
                + " emergency services");
  }

  @Test
  void aSubtopicInheritsClinicalUnlessItSaysOtherwise() throws IOException {
    topics("basics", "true", "deeper", null);
    write("deeper/x.md", article("deeper"));
    List<String> inherited = problems();
    topics("basics", "true", "deeper", "false");
    List<String> overridden = problems();

    assertThat(inherited).anyMatch(p -> p.startsWith("deeper/x.md:4: articles in topic 'deeper'"));
    assertThat(overridden).noneMatch(p -> p.startsWith("deeper/x.md:"));
  }

  @Test
  void theCareTeamSectionSatisfiesTheCheckAndMustNotBeEmpty() throws IOException {
    topics("basics", "false", "deeper", "true");
    write(
        "deeper/x.md",
        article("deeper") + "\n## When to call your care team\n\n- Call if you have a fever.\n");
    write(
        "deeper/y.md",
        article("deeper").replace("id: x", "id: y")
            + "\n## When to call your care team:\n\n## Something else\n\nMore words.\n");

    assertThat(problems())
        .filteredOn(p -> p.startsWith("deeper/x.md") || p.startsWith("deeper/y.md"))
        .containsExactly("deeper/y.md:22: the section 'When to call your care team' is empty");
  }

  @Test
  void anArticleNeedsThreeToEightQuestionsEachEndingWithAQuestionMark() throws IOException {
    write("basics/x.md", article("basics").replace(QUESTIONS, "questions: [\"What is X?\"]\n"));
    write(
        "basics/y.md",
        article("basics")
            .replace("id: x", "id: y")
            .replace(QUESTIONS, "questions:\n" + "  - Why Y?\n".repeat(9)));
    write(
        "basics/z.md",
        article("basics")
            .replace("id: x", "id: z")
            .replace(QUESTIONS, "questions: [\"What is Z?\", \"Why Z?\", Z and me]\n"));
    write("basics/w.md", article("basics").replace("id: x", "id: w").replace(QUESTIONS, ""));

    assertThat(problems())
        .containsExactly(
            "basics/w.md:2: an article needs at least 3 questions a patient would ask that it"
                + " answers, and this one has 0, as in questions: [\"Can I drive after CAR T?\","
                + " ...]",
            "basics/x.md:17: an article needs at least 3 questions a patient would ask that it"
                + " answers, and this one has 1, as in questions: [\"Can I drive after CAR T?\","
                + " ...]",
            "basics/y.md:26: an article lists at most 8 questions, and this one has 9: keep those"
                + " patients ask most",
            "basics/z.md:17: a question ends with a question mark: Z and me");
  }

  @Test
  void clinicalMustBeTrueOrFalse() throws IOException {
    topics("basics", "maybe", "deeper", null);

    assertThat(problems()).contains("topics.yaml:4: field 'clinical' must be true or false: maybe");
  }

  @Test
  void anArticleAboveGradeNineFailsAtItsHardestParagraph() throws IOException {
    String hard =
        "Immunotherapeutic interventions necessitate comprehensive multidisciplinary evaluation,"
            + " individualized pharmacological optimization and longitudinal surveillance.\n";
    write("basics/x.md", article("basics") + "\n" + hard);

    Readability.Score score = Readability.of("Short words here.\n\n" + hard);
    assertThat(problems())
        .containsExactly(
            String.format(
                java.util.Locale.ROOT,
                "basics/x.md:22: reading grade %.1f is above 9: use shorter sentences and everyday"
                    + " words (%d words, %d sentences, %d syllables); the hardest paragraph, here,"
                    + " reads at grade %.1f",
                score.roundedGrade(),
                score.words(),
                score.sentences(),
                score.syllables(),
                Readability.ofText(hard).roundedGrade()));
  }

  @Test
  void trustedPublishersAreKeptInOnePlaceWithTheirOtherNames() {
    assertThat(TrustedPublishers.canonical("the leukemia & lymphoma society"))
        .contains("Blood Cancer United");
    assertThat(TrustedPublishers.canonical("ASCO")).contains("Cancer.Net");
    assertThat(TrustedPublishers.canonical("MedlinePlus")).contains("National Library of Medicine");
    assertThat(TrustedPublishers.canonical("NIH")).contains("National Institutes of Health");
    assertThat(TrustedPublishers.canonical("National Heart, Lung and Blood Institute"))
        .contains("National Heart, Lung, and Blood Institute");
    assertThat(TrustedPublishers.canonical("CDC"))
        .contains("Centers for Disease Control and Prevention");
    assertThat(TrustedPublishers.canonical("European Medicines Agency")).isPresent();
    assertThat(TrustedPublishers.canonical("The ASCO Post")).isEmpty();
    assertThat(TrustedPublishers.canonical("Wikipedia")).isEmpty();
    assertThat(TrustedPublishers.names()).hasSize(14);
  }

  /** Lines: 1 fence, 2 id, 4 topic, 8 first source, 9 and 13 publishers, 16 related, 19 body. */
  private static String article(String topic) {
    return "---\nid: x\ntitle: X\ntopic: "
        + topic
        + "\nsummary: A summary.\nreviewed: 2026-01-01\nsources:\n"
        + "  - title: A\n    publisher: National Cancer Institute\n"
        + "    url: https://www.cancer.gov/a\n    accessed: 2026-01-01\n"
        + "  - title: B\n"
        + SECOND_PUBLISHER
        + "    url: https://www.nhs.uk/b\n    accessed: 2026-01-01\n"
        + "related: [first]\n"
        + QUESTIONS
        + "---\n\nShort words here.\n";
  }

  /** A page about the product Kymriah, with two trusted sources that are not its own, then more. */
  private static String productPage(String moreSources) {
    return article("car-t-products")
        .replace("id: x", "id: kymriah")
        .replace("related:", moreSources + "related:");
  }

  /** Adds the topic of product pages to the fixture's topics. */
  private void productTopic() throws IOException {
    Path topics = library().resolve("topics.yaml");
    Files.writeString(
        topics,
        Files.readString(topics) + "- id: car-t-products\n  title: CAR T products\n  order: 2\n");
  }

  /** Rewrites topics.yaml: basics on lines 1-4, deeper (under basics) from line 5. */
  private void topics(String basics, String basicsClinical, String deeper, String deeperClinical)
      throws IOException {
    write(
        "topics.yaml",
        "- id: "
            + basics
            + "\n  title: The basics\n  order: 1\n"
            + (basicsClinical == null ? "" : "  clinical: " + basicsClinical + "\n")
            + "- id: "
            + deeper
            + "\n  title: Going deeper\n  parent: basics\n  order: 1\n"
            + (deeperClinical == null ? "" : "  clinical: " + deeperClinical + "\n"));
  }

  private Path library() {
    if (!Files.exists(dir.resolve("library"))) {
      Fixtures.copyLibrary(dir.resolve("library"));
    }
    return dir.resolve("library");
  }

  private void write(String path, String text) throws IOException {
    Files.writeString(library().resolve(path), text, StandardCharsets.UTF_8);
  }

  private List<String> problems() {
    return ArticlesFolder.read(library()).problems().stream().map(Problem::toString).toList();
  }
}
