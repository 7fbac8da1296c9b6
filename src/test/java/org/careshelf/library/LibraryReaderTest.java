package org.careshelf.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.careshelf.Fixtures;
import org.careshelf.sqlite.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryReaderTest {

  @TempDir Path dir;
  LibraryReader store;

  @BeforeEach
  void open() {
    store = LibraryReader.open(Fixtures.compiledLibrary(dir));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void listsTopicsInOrder() {
    assertThat(store.topics())
        .containsExactly(
            new Topic("basics", "The basics", null, 1),
            new Topic("deeper", "Going deeper", "basics", 1));
  }

  @Test
  void listsArticlesByTopicWithOrderedOnesFirst() {
    assertThat(store.articleSummaries())
        .extracting(ArticleSummary::id)
        .containsExactly("first", "third", "second");
  }

  @Test
  void refusesALibraryOfAnotherSchemaVersion() throws Exception {
    Path old = dir.resolve("old.db");
    try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old);
        var statement = db.createStatement()) {
      statement.executeUpdate("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
      statement.executeUpdate("INSERT INTO meta VALUES ('schema_version', '1')");
    }

    assertThatThrownBy(() -> LibraryReader.open(old)).isInstanceOf(StoreException.class);
  }

  @Test
  void readsAWholeArticle() {
    Article article = store.article("first").orElseThrow();

    assertThat(article.title()).isEqualTo("The first article");
    assertThat(article.reviewed()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(article.sources()).hasSize(2);
    assertThat(article.sources().get(1).url()).isEqualTo("https://medlineplus.gov/two");
    assertThat(article.related()).containsExactly("second");
    assertThat(article.body()).contains("opening sentence");
  }

  @Test
  void anUnknownArticleIsEmpty() {
    assertThat(store.article("nope")).isEmpty();
  }

  @Test
  void readsSummariesInTheOrderAsked() {
    assertThat(store.summaries(java.util.List.of("third", "ghost", "first")))
        .extracting(ArticleSummary::id)
        .containsExactly("third", "first");
  }

  @Test
  void readsTheGlossaryAlphabetically() {
    assertThat(store.glossary())
        .containsExactly(
            new GlossaryTerm(
                "Antigen",
                java.util.List.of(),
                "A marker on a cell that the immune system can recognise.",
                java.util.List.of()),
            new GlossaryTerm(
                "T cell",
                java.util.List.of("T-cell", "T lymphocyte"),
                "A white blood cell that finds and attacks germs and sick cells.",
                java.util.List.of("Antigen")));
  }

  @Test
  void knowsWhichGlossaryTermsEachArticleLinks() {
    assertThat(store.glossaryLinks())
        .containsExactly(
            java.util.Map.entry("first", java.util.List.of("T cell")),
            java.util.Map.entry("second", java.util.List.of("Antigen")));
  }

  @Test
  void listsTheArticlesATermAppearsIn() {
    assertThat(store.glossaryAppearances()).containsOnlyKeys("Antigen", "T cell");
    assertThat(store.glossaryAppearances().get("Antigen"))
        .extracting(ArticleSummary::id)
        .containsExactly("second");
  }

  @Test
  void refusesAFileThatIsNotALibrary() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.db"), "not a database");

    assertThatThrownBy(() -> LibraryReader.open(junk))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot be opened");
  }
}
