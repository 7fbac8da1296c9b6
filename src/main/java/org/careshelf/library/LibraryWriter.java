package org.careshelf.library;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import org.careshelf.sqlite.Sql;

/** Writes a compiled library into a new SQLite file with the content schema. */
public final class LibraryWriter {

  private LibraryWriter() {}

  /**
   * Loads SQLite's native code on a thread of its own, so that a compile's checks and the loading
   * run side by side; a failure here is SQLite's to report again when the library is written.
   */
  public static void warmUp() {
    Thread warm =
        new Thread(
            () -> {
              try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                LibrarySchema.create(db);
              } catch (SQLException e) {
                // Said again, with the file's name, by write.
              }
            },
            "careshelf-sqlite-warm-up");
    warm.setDaemon(true);
    warm.start();
  }

  /**
   * Creates {@code file} (which must not exist yet) and fills it with the library; SQLite's failure
   * comes as an IOException with its message, so the compiler needs nothing of SQL.
   */
  public static void write(
      List<Topic> topics,
      List<CompiledArticle> articles,
      List<GlossaryTerm> glossary,
      List<Respelling> respellings,
      Path file)
      throws IOException {
    write(
        topics,
        articles,
        glossary,
        respellings,
        new Stamp(LibraryVersion.NONE, null, List.of()),
        file);
  }

  /**
   * What a library says of itself: its version, the day it was made (may be null), and the warnings
   * its lenient compile found, each as {@code path:line: message}.
   */
  public record Stamp(LibraryVersion version, java.time.LocalDate date, List<String> warnings) {}

  /**
   * As {@link #write(List, List, List, List, Path)}, with the library's version, date and warnings.
   */
  public static void write(
      List<Topic> topics,
      List<CompiledArticle> articles,
      List<GlossaryTerm> glossary,
      List<Respelling> respellings,
      Stamp stamp,
      Path file)
      throws IOException {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      db.setAutoCommit(false);
      LibrarySchema.create(db);
      Sql.update(
          db,
          "INSERT INTO meta (key, value) VALUES ('library_version', ?)",
          stamp.version().toString());
      if (stamp.date() != null) {
        Sql.update(
            db,
            "INSERT INTO meta (key, value) VALUES ('library_date', ?)",
            stamp.date().toString());
      }
      for (int i = 0; i < stamp.warnings().size(); i++) {
        Sql.update(
            db,
            "INSERT INTO compile_warning (position, warning) VALUES (?, ?)",
            i,
            stamp.warnings().get(i));
      }
      insertTopics(db, topics);
      insertArticles(db, articles);
      insertGlossary(db, glossary);
      for (Respelling r : respellings) {
        Sql.update(db, "INSERT INTO respelling (written, say) VALUES (?, ?)", r.written(), r.say());
      }
      try (Statement statement = db.createStatement()) {
        statement.executeUpdate("INSERT INTO article_fts(article_fts) VALUES ('optimize')");
        statement.executeUpdate("INSERT INTO title_fts(title_fts) VALUES ('optimize')");
        statement.executeUpdate("INSERT INTO stem_fts(stem_fts) VALUES ('optimize')");
      }
      db.commit();
    } catch (SQLException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static void insertTopics(Connection db, List<Topic> topics) throws SQLException {
    // A library has a few topics: one statement each is as fast as a batch.
    for (Topic topic : topics) {
      Sql.update(
          db,
          "INSERT INTO topic (id, title, parent_id, sort_order) VALUES (?, ?, ?, ?)",
          topic.id(),
          topic.title(),
          topic.parentId(),
          topic.order());
    }
  }

  private static void insertArticles(Connection db, List<CompiledArticle> articles)
      throws SQLException {
    try (PreparedStatement article =
            db.prepareStatement(
                "INSERT INTO article (id, title, topic_id, summary, reviewed, sort_order, body)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement source =
            db.prepareStatement(
                "INSERT INTO article_source (article_id, position, title, publisher, url,"
                    + " accessed) VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement related =
            db.prepareStatement(
                "INSERT INTO article_related (article_id, position, related_id) VALUES (?, ?, ?)");
        PreparedStatement glossaryLinks =
            db.prepareStatement(
                "INSERT INTO article_glossary (article_id, position, term) VALUES (?, ?, ?)");
        PreparedStatement fts =
            db.prepareStatement(
                "INSERT INTO article_fts (rowid, id, title, questions, glossary, headings,"
                    + " summary, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement stems =
            db.prepareStatement(
                "INSERT INTO stem_fts (rowid, title, questions, glossary, headings, summary, body)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement titles =
            db.prepareStatement("INSERT INTO title_fts (rowid, title) VALUES (?, ?)")) {
      int index = 0;
      for (CompiledArticle compiled : articles) {
        Article a = compiled.article();
        article.setString(1, a.id());
        article.setString(2, a.title());
        article.setString(3, a.topicId());
        article.setString(4, a.summary());
        article.setString(5, a.reviewed().toString());
        if (a.order() == null) {
          article.setNull(6, Types.INTEGER);
        } else {
          article.setInt(6, a.order());
        }
        article.setString(7, a.body());
        article.addBatch();
        for (int i = 0; i < a.sources().size(); i++) {
          Source s = a.sources().get(i);
          source.setString(1, a.id());
          source.setInt(2, i);
          source.setString(3, s.title());
          source.setString(4, s.publisher());
          source.setString(5, s.url());
          source.setString(6, s.accessed().toString());
          source.addBatch();
        }
        for (int i = 0; i < a.related().size(); i++) {
          related.setString(1, a.id());
          related.setInt(2, i);
          related.setString(3, a.related().get(i));
          related.addBatch();
        }
        index++;
        for (int i = 0; i < compiled.linkedTerms().size(); i++) {
          glossaryLinks.setString(1, a.id());
          glossaryLinks.setInt(2, i);
          glossaryLinks.setString(3, compiled.linkedTerms().get(i));
          glossaryLinks.addBatch();
        }
        String questions = String.join("\n", compiled.questions());
        fts.setInt(1, index);
        fts.setString(2, a.id());
        fts.setString(3, a.title());
        fts.setString(4, questions);
        fts.setString(5, compiled.glossaryNames());
        fts.setString(6, compiled.headings());
        fts.setString(7, a.summary());
        fts.setString(8, compiled.text());
        fts.addBatch();
        stems.setInt(1, index);
        stems.setString(2, a.title());
        stems.setString(3, questions);
        stems.setString(4, compiled.glossaryNames());
        stems.setString(5, compiled.headings());
        stems.setString(6, a.summary());
        stems.setString(7, compiled.text());
        stems.addBatch();
        titles.setInt(1, index);
        titles.setString(2, a.title());
        titles.addBatch();
      }
      article.executeBatch();
      source.executeBatch();
      related.executeBatch();
      glossaryLinks.executeBatch();
      fts.executeBatch();
      stems.executeBatch();
      titles.executeBatch();
    }
  }

  private static void insertGlossary(Connection db, List<GlossaryTerm> glossary)
      throws SQLException {
    try (PreparedStatement term =
            db.prepareStatement(
                "INSERT INTO glossary_term (id, term, definition) VALUES (?, ?, ?)");
        PreparedStatement alias =
            db.prepareStatement(
                "INSERT INTO glossary_alias (term_id, position, alias) VALUES (?, ?, ?)");
        PreparedStatement seeAlso =
            db.prepareStatement(
                "INSERT INTO glossary_see_also (term_id, position, see_also) VALUES (?, ?, ?)")) {
      for (int id = 0; id < glossary.size(); id++) {
        GlossaryTerm t = glossary.get(id);
        term.setInt(1, id);
        term.setString(2, t.term());
        term.setString(3, t.definition());
        term.addBatch();
        for (int i = 0; i < t.aliases().size(); i++) {
          alias.setInt(1, id);
          alias.setInt(2, i);
          alias.setString(3, t.aliases().get(i));
          alias.addBatch();
        }
        for (int i = 0; i < t.seeAlso().size(); i++) {
          seeAlso.setInt(1, id);
          seeAlso.setInt(2, i);
          seeAlso.setString(3, t.seeAlso().get(i));
          seeAlso.addBatch();
        }
      }
      term.executeBatch();
      alias.executeBatch();
      seeAlso.executeBatch();
    }
  }
}
