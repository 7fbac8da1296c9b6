package org.careshelf.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.careshelf.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryCompilerTest {

  @TempDir Path dir;

  @Test
  void writesEveryPartOfTheLibrary() throws Exception {
    Path db = dir.resolve("out/content.db");

    CompileResult result = LibraryCompiler.compile(Fixtures.librarySource(), db);

    assertThat(result.ok()).isTrue();
    assertThat(count(db, "SELECT count(*) FROM article")).isEqualTo(3);
    assertThat(count(db, "SELECT count(*) FROM topic")).isEqualTo(2);
    assertThat(count(db, "SELECT count(*) FROM glossary_term")).isEqualTo(2);
    assertThat(count(db, "SELECT count(*) FROM article_source")).isEqualTo(6);
    assertThat(count(db, "SELECT count(*) FROM article_fts WHERE article_fts MATCH 'antigens'"))
        .isEqualTo(1);
    assertThat(count(db, "SELECT count(*) FROM article_fts WHERE headings MATCH 'expect'"))
        .isEqualTo(1);
  }

  @Test
  void storesBodiesWithGlossaryLinksAndKeepsTheSourcesAsWritten() throws Exception {
    Path library = Fixtures.copyLibrary(dir.resolve("library"));
    byte[] source = Files.readAllBytes(library.resolve("basics/first.md"));
    Path db = dir.resolve("content.db");

    CompileResult result = LibraryCompiler.compile(library, db);

    assertThat(result.ok()).isTrue();
    assertThat(Files.readAllBytes(library.resolve("basics/first.md"))).isEqualTo(source);
    assertThat(text(db, "SELECT body FROM article WHERE id = 'first'"))
        .contains("- A first point about a [T cell](glossary:T%20cell).");
    assertThat(text(db, "SELECT body FROM article WHERE id = 'second'"))
        .contains("talks about antigens. An [antigen](glossary:Antigen) is a marker.");
    assertThat(
            text(db, "SELECT group_concat(article_id || '>' || term, ' ') FROM article_glossary"))
        .isEqualTo("first>T cell second>Antigen");
    assertThat(count(db, "SELECT count(*) FROM article_fts WHERE article_fts MATCH 'glossary'"))
        .isZero();
  }

  @Test
  void aFailedCompileWritesNothingAndKeepsTheOldLibrary() throws Exception {
    Path library = Fixtures.copyLibrary(dir.resolve("library"));
    Path db = dir.resolve("out/content.db");
    assertThat(LibraryCompiler.compile(library, db).ok()).isTrue();
    byte[] before = Files.readAllBytes(db);
    Files.writeString(library.resolve("basics/broken.md"), "no front matter\n");

    CompileResult result = LibraryCompiler.compile(library, db);

    assertThat(result.ok()).isFalse();
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
    try (Stream<Path> files = Files.list(db.getParent())) {
      assertThat(files).containsExactly(db);
    }
  }

  @Test
  void aFailedFirstCompileLeavesNoFile() throws Exception {
    Path library = Fixtures.copyLibrary(dir.resolve("library"));
    Files.writeString(library.resolve("basics/broken.md"), "no front matter\n");
    Path db = dir.resolve("content.db");

    assertThat(LibraryCompiler.compile(library, db).ok()).isFalse();

    assertThat(db).doesNotExist();
  }

  private static String text(Path db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static int count(Path db, String sql) throws Exception {
    return Integer.parseInt(text(db, sql));
  }
}
