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
            .replace(SECOND_PUBLISHER, "    publisher: The Leukemia and Lymphoma Society\n"));

    assertThat(problems()).isEmpty();
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
    assertThat(TrustedPublishers.canonical("NIH")).contains("MedlinePlus");
    assertThat(TrustedPublishers.canonical("European Medicines Agency")).isPresent();
    assertThat(TrustedPublishers.canonical("Wikipedia")).isEmpty();
    assertThat(TrustedPublishers.names()).hasSize(8);
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
