package org.careshelf.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careshelf.Fixtures;
import org.careshelf.library.Article;
import org.careshelf.library.GlossaryTerm;
import org.careshelf.library.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryReaderTest {

  @TempDir Path dir;

  @Test
  void readsAValidLibrary() {
    CompileResult result = ArticlesFolder.read(Fixtures.librarySource());

    assertThat(result.problems()).isEmpty();
    assertThat(result.library().articles())
        .extracting(Article::id)
        .containsExactlyInAnyOrder("first", "second", "third");
    assertThat(result.library().topics()).extracting(Topic::id).containsExactly("basics", "deeper");
    assertThat(result.library().glossary()).extracting(GlossaryTerm::term).contains("T cell");
    Article first =
        result.library().articles().stream().filter(a -> a.id().equals("first")).findFirst().get();
    assertThat(first.sources()).hasSize(2);
    assertThat(first.sources().get(0).publisher()).isEqualTo("National Cancer Institute");
    assertThat(first.related()).containsExactly("second");
    assertThat(first.order()).isEqualTo(1);
  }

  @Test
  void reportsAMissingField() throws IOException {
    Path file = article("missing.md", front("id: missing\ntitle: Missing\ntopic: basics\n"));

    assertThat(problems()).contains(problem(file, 2, "missing field 'summary'"));
  }

  @Test
  void reportsAnInvalidId() throws IOException {
    Path file = article("bad-id.md", front(fields("Not An Id", "basics", "2026-01-01")));

    assertThat(problems()).anyMatch(p -> p.startsWith(rel(file) + ":2: invalid id 'Not An Id'"));
  }

  @Test
  void reportsAnInvalidDate() throws IOException {
    Path file = article("bad-date.md", front(fields("bad-date", "basics", "2026-13-45")));

    assertThat(problems())
        .contains(problem(file, 6, "invalid date '2026-13-45' in 'reviewed': use YYYY-MM-DD"));
  }

  @Test
  void reportsAnUnknownField() throws IOException {
    Path file =
        article("typo.md", front(fields("typo", "basics", "2026-01-01") + "relatd: [first]\n"));

    assertThat(problems()).contains(problem(file, 16, "unknown field 'relatd'"));
  }

  @Test
  void reportsADuplicateId() throws IOException {
    Path file = article("zz-copy.md", front(fields("first", "basics", "2026-01-01")));

    assertThat(problems())
        .contains(problem(file, 2, "duplicate id 'first' (also in basics/first.md:2)"));
  }

  @Test
  void reportsAnUnknownTopic() throws IOException {
    Path file = article("lost.md", front(fields("lost", "nowhere", "2026-01-01")));

    assertThat(problems()).contains(problem(file, 4, "unknown topic 'nowhere': see topics.yaml"));
  }

  @Test
  void reportsAnUnknownRelatedArticle() throws IOException {
    Path file =
        article(
            "rel.md",
            front(fields("rel", "basics", "2026-01-01") + "related:\n  - first\n  - ghost\n"));

    assertThat(problems()).contains(problem(file, 18, "unknown related article 'ghost'"));
  }

  @Test
  void reportsALinkToAMissingArticle() throws IOException {
    Path file =
        article(
            "link.md",
            "---\n"
                + fields("link", "basics", "2026-01-01")
                + "---\n\nFirst line.\n\nSee [the ghost](ghost) too.\n");

    assertThat(problems())
        .contains(problem(file, 20, "link to article 'ghost', which does not exist"));
  }

  @Test
  void reportsALinkThatIsNeitherAnArticleNorAWebAddress() throws IOException {
    Path file =
        article(
            "rel-link.md",
            "---\n" + fields("rel-link", "basics", "2026-01-01") + "---\n\nSee [x](../x.md).\n");

    assertThat(problems())
        .anyMatch(p -> p.startsWith(rel(file) + ":18: link to '../x.md' is neither"));
  }

  @Test
  void reportsAGlossaryLinkToATermThatDoesNotExist() throws IOException {
    Path file =
        article(
            "gl.md",
            "---\n"
                + fields("gl", "basics", "2026-01-01")
                + "related: [first]\n"
                + QualityChecksTest.QUESTIONS
                + "---\n\n"
                + "See [T cells](glossary:T%20cell) and [antigens](glossary:Antigens).\n\n"
                + "And [one](glossary:t-cell).\n");

    assertThat(problems())
        .containsExactly(
            problem(file, 20, "glossary link to 'Antigens', which is not a term in glossary.yaml"),
            problem(
                file,
                22,
                "glossary link to 't-cell': link to the term as glossary.yaml spells it:"
                    + " glossary:T%20cell"));
  }

  @Test
  void reportsAnEmptyBody() throws IOException {
    Path file =
        article("empty.md", "---\n" + fields("empty", "basics", "2026-01-01") + "---\n\n  \n");

    assertThat(problems())
        .contains(problem(file, 17, "the article has no text after its front matter"));
  }

  @Test
  void reportsInvalidYaml() throws IOException {
    Path file =
        article("yaml.md", "---\nid: yaml\ntitle: [unclosed\ntopic: basics\n---\n\nText.\n");

    assertThat(problems())
        .anyMatch(p -> p.startsWith(rel(file) + ":") && p.contains("invalid YAML"));
  }

  @Test
  void reportsMissingFrontMatter() throws IOException {
    Path file = article("plain.md", "Just text.\n");

    assertThat(problems())
        .contains(problem(file, 1, "missing front matter: the file must start with a line '---'"));
  }

  @Test
  void reportsInvalidUtf8WithItsLine() throws IOException {
    Path file = library().resolve("basics/latin1.md");
    byte[] start =
        (front(fields("latin1", "basics", "2026-01-01"))).getBytes(StandardCharsets.UTF_8);
    byte[] bad = "Caf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[start.length + bad.length];
    System.arraycopy(start, 0, all, 0, start.length);
    System.arraycopy(bad, 0, all, start.length, bad.length);
    Files.write(file, all);

    assertThat(problems())
        .contains(problem(file, 20, "invalid UTF-8: save the file with UTF-8 encoding"));
  }

  @Test
  void reportsAnUnreadableFile() throws IOException {
    Path file = library().resolve("basics/broken-link.md");
    Files.createSymbolicLink(file, dir.resolve("does-not-exist.md"));

    assertThat(problems()).anyMatch(p -> p.startsWith(rel(file) + ":1: cannot read the file"));
  }

  @Test
  void reportsAGlossaryTermDefinedTwice() throws IOException {
    Files.writeString(
        library().resolve("glossary.yaml"),
        "- term: T cell\n  definition: One.\n- term: Other\n  aliases: [t cell]\n"
            + "  definition: Two.\n",
        StandardCharsets.UTF_8);

    assertThat(problems())
        .contains("glossary.yaml:4: glossary term 't cell' is defined twice (first at line 1)");
  }

  @Test
  void reportsAnUnknownSeeAlso() throws IOException {
    Files.writeString(
        library().resolve("glossary.yaml"),
        "- term: T cell\n  definition: One.\n  see_also: [Nothing]\n",
        StandardCharsets.UTF_8);

    assertThat(problems())
        .contains("glossary.yaml:3: see_also names 'Nothing', which is not a glossary term");
  }

  @Test
  void reportsInvalidYamlInTopics() throws IOException {
    Files.writeString(library().resolve("topics.yaml"), "- id: a\n  title: [x\n");

    assertThat(problems())
        .anyMatch(p -> p.startsWith("topics.yaml:") && p.contains("invalid YAML"));
  }

  @Test
  void aBrokenArticleDoesNotBreakTheLinksToIt() throws IOException {
    Path second = library().resolve("deeper/second.md");
    Files.writeString(
        second, Files.readString(second).replace("reviewed: 2026-11-01", "reviewed: someday"));

    assertThat(problems())
        .containsExactly(
            "deeper/second.md:6: invalid date 'someday' in 'reviewed': use YYYY-MM-DD");
  }

  @Test
  void reportsEveryProblemInOneRun() throws IOException {
    article("one.md", front(fields("one", "nowhere", "2026-01-01") + "related: [first]\n"));
    article("two.md", front(fields("two", "basics", "bad") + "related: [first]\n"));
    Files.writeString(
        library().resolve("glossary.yaml"),
        "- term: A\n  definition: One.\n- term: A\n  definition: Two.\n");

    assertThat(problems()).hasSize(3);
  }

  private Path library() {
    if (!Files.exists(dir.resolve("library"))) {
      Fixtures.copyLibrary(dir.resolve("library"));
    }
    return dir.resolve("library");
  }

  private Path article(String name, String text) throws IOException {
    Path file = library().resolve("basics").resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private List<String> problems() {
    return ArticlesFolder.read(library()).problems().stream().map(Problem::toString).toList();
  }

  private String rel(Path file) {
    return library().relativize(file).toString();
  }

  private String problem(Path file, int line, String message) {
    return rel(file) + ":" + line + ": " + message;
  }

  /**
   * Front matter lines 2..15 with two sources from trusted publishers and no related articles; the
   * closing fence comes after.
   */
  private static String fields(String id, String topic, String reviewed) {
    return "id: "
        + id
        + "\ntitle: A title\ntopic: "
        + topic
        + "\nsummary: A summary.\nreviewed: "
        + reviewed
        + "\nsources:\n  - title: T\n    publisher: National Cancer Institute\n"
        + "    url: https://www.cancer.gov/t\n    accessed: 2026-01-01\n"
        + "  - title: U\n    publisher: NHS\n    url: https://www.nhs.uk/u\n"
        + "    accessed: 2026-01-01\n";
  }

  private static String front(String fields) {
    return "---\n" + fields + QualityChecksTest.QUESTIONS + "---\n\nSome text.\n";
  }
}
