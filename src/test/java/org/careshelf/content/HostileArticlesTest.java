package org.careshelf.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careshelf.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** No file crashes the compiler, hangs it or brings in a file from outside the folder. */
@Timeout(60)
class HostileArticlesTest {

  /** The first line of an article's text, after the front matter of {@link #article}. */
  static final int TEXT = 18;

  static final String DEEP = "lists, quotes and emphasis are nested more than 10 deep here";

  @TempDir Path dir;

  @Test
  void tenThousandNestedQuotesAreOneProblemWithItsLine() throws IOException {
    Path file = article("quotes.md", "Text.\n\n" + ">".repeat(10_000) + " deep\n");

    assertThat(problems()).containsExactly(rel(file) + ":" + (TEXT + 2) + ": " + deepMessage());
  }

  @Test
  void tenThousandListMarkersOnOneLineAreOneProblem() throws IOException {
    Path file = article("lists.md", "- ".repeat(10_000) + "item\n");

    assertThat(problems()).containsExactly(rel(file) + ":" + TEXT + ": " + deepMessage());
  }

  @Test
  void fiftyThousandEmphasisMarksAreOneProblem() throws IOException {
    Path file = article("emphasis.md", "*a ".repeat(50_000) + "b" + "*".repeat(50_000) + "\n");

    assertThat(problems())
        .singleElement()
        .asString()
        .startsWith(rel(file) + ":" + TEXT + ": too many * or _ marks on one line");
  }

  @Test
  void aListIndentedAThousandLevelsIsRefusedQuickly() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      text.append("  ".repeat(i)).append("- item\n");
    }
    article("indented.md", text.toString());

    assertThat(problems()).isNotEmpty().allMatch(p -> p.contains(DEEP));
  }

  @Test
  void elevenLevelsOfListsAreTooDeepAndTenAreNot() throws IOException {
    article("ten.md", nestedList(10));
    assertThat(problems()).isEmpty();

    Path eleven = article("ten.md", nestedList(11));
    assertThat(problems()).containsExactly(rel(eleven) + ":" + (TEXT + 10) + ": " + deepMessage());
  }

  @Test
  void anArticleOverOneMegabyteIsRefusedWithoutReadingIt() throws IOException {
    Path file = article("big.md", "Text.\n");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(20L * 1024 * 1024); // 20 MB took minutes to compile
    }

    assertThat(problems())
        .containsExactly(
            rel(file) + ":1: the file is 20480 KB; a file here may be at most 1024 KB");
  }

  @Test
  void aHugeFrontMatterIsRefused() throws IOException {
    Path file = library().resolve("basics/front.md");
    Files.writeString(
        file, "---\n" + fields("front") + "# " + "x".repeat(70_000) + "\n---\n\nText.\n");

    assertThat(problems())
        .containsExactly(rel(file) + ":1: the front matter is 68 KB; it may be" + " at most 64 KB");
  }

  @Test
  void aLinkToAFileOutsideTheFolderIsRefusedAndNotCompiledIn() throws IOException {
    Path outside = Files.writeString(dir.resolve("secret.md"), text("secret-outside", "Secret."));
    Path link = Files.createSymbolicLink(library().resolve("basics/secret.md"), outside);

    CompileResult result = ArticlesFolder.read(library());

    assertThat(result.problems())
        .extracting(Problem::toString)
        .containsExactly(
            rel(link)
                + ":1: a link to a file outside the articles folder; only files in it are"
                + " read");
  }

  @Test
  void aLinkToAnArticleInsideTheFolderIsRead() throws IOException {
    Path real = article("real.md", "Text.\n");
    Files.move(real, library().resolve("real.txt"));
    Files.createSymbolicLink(real, library().resolve("real.txt"));

    assertThat(problems()).isEmpty();
    assertThat(ArticlesFolder.check(library()).articles())
        .extracting(p -> p.article().id())
        .contains("real");
  }

  @Test
  @Timeout(10)
  void aPipeNamedLikeAnArticleIsRefusedNotWaitedOn() throws Exception {
    Path pipe = library().resolve("basics/pipe.md");
    assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0);

    assertThat(problems())
        .containsExactly(
            rel(pipe) + ":1: not a plain file (a device, a pipe or a folder); only files are read");
  }

  @Test
  void aPipeNamedLikeTheGlossaryIsRefusedNotWaitedOn() throws Exception {
    Path glossary = library().resolve("glossary.yaml");
    Files.delete(glossary);
    assumeTrue(new ProcessBuilder("mkfifo", glossary.toString()).start().waitFor() == 0);

    assertThat(problems())
        .contains(
            "glossary.yaml:1: not a plain file (a device, a pipe or a"
                + " folder); only files are read");
  }

  @Test
  void aCharacterThatTurnsTextAroundIsRefused() throws IOException {
    Path file = library().resolve("basics/bidi.md");
    Files.writeString(
        file,
        "---\n"
            + fields("bidi").replace("title: A title", "title: gnp\u202E.exe")
            + "---\n\nText.\n",
        StandardCharsets.UTF_8);

    assertThat(problems())
        .containsExactly(
            rel(file) + ":3: an invisible character that turns text around (U+202E); remove it");
  }

  @Test
  void picturesAndLinksMustUseHttps() throws IOException {
    Path file =
        article(
            "pictures.md", "![x](file:///etc/passwd)\n\nSee [the page](http://example.org/).\n");

    assertThat(problems())
        .containsExactly(
            rel(file)
                + ":"
                + TEXT
                + ": a picture's address must start with https:// :"
                + " file:///etc/passwd",
            rel(file)
                + ":"
                + (TEXT + 2)
                + ": link to 'http://example.org/': use the address that"
                + " starts with https://");
  }

  private static String deepMessage() {
    return DEEP + "; use at most 10 levels";
  }

  private static String nestedList(int levels) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < levels; i++) {
      text.append("  ".repeat(i)).append("- level ").append(i + 1).append('\n');
    }
    return text.toString();
  }

  private Path library() {
    if (!Files.exists(dir.resolve("library"))) {
      Fixtures.copyLibrary(dir.resolve("library"));
    }
    return dir.resolve("library");
  }

  /** An article whose text (from line {@link #TEXT}) is {@code body}. */
  private Path article(String name, String body) throws IOException {
    String id = name.substring(0, name.indexOf('.'));
    Path file = library().resolve("basics").resolve(name);
    Files.writeString(file, text(id, body), StandardCharsets.UTF_8);
    return file;
  }

  private static String text(String id, String body) {
    return "---\n" + fields(id) + "---\n\n" + body;
  }

  private List<String> problems() {
    return ArticlesFolder.read(library()).problems().stream()
        .map(Problem::toString)
        // The quality rules (related articles, questions, reading grade) are not what these tests
        // are about.
        .filter(
            p ->
                !p.contains("related article")
                    && !p.contains("questions a patient would ask")
                    && !p.contains("reading grade"))
        .toList();
  }

  private String rel(Path file) {
    return library().relativize(file).toString();
  }

  /** Front matter lines 2..15 with two trusted sources; the closing fence comes after. */
  private static String fields(String id) {
    return "id: "
        + id
        + "\ntitle: A title\ntopic: basics\nsummary: A summary.\nreviewed: 2026-01-01"
        + "\nsources:\n  - title: T\n    publisher: National Cancer Institute\n"
        + "    url: https://www.cancer.gov/t\n    accessed: 2026-01-01\n"
        + "  - title: U\n    publisher: NHS\n    url: https://www.nhs.uk/u\n"
        + "    accessed: 2026-01-01\n";
  }
}
