package org.careshelf.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

/** Writes a checked {@link Library} into a new SQLite file with the content schema. */
final class LibraryWriter {

  /** Bumped whenever the schema changes, so the app can refuse a library it cannot read. */
  static final String SCHEMA_VERSION = "3";

  private static final String SCHEMA = "/org/careshelf/store/content-schema.sql";

  private LibraryWriter() {}

  /** Creates {@code file} (which must not exist yet) and fills it with {@code library}. */
  static void write(Library library, Path file) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      db.setAutoCommit(false);
      try (Statement statement = db.createStatement()) {
        for (String sql : SqlScript.statements(SCHEMA)) {
          statement.executeUpdate(sql);
        }
      }
      insertMeta(db);
      insertTopics(db, library.topics());
      insertArticles(db, library.articles(), new GlossaryWords(library.glossary()));
      insertGlossary(db, library.glossary());
      try (Statement statement = db.createStatement()) {
        statement.executeUpdate("INSERT INTO article_fts(article_fts) VALUES ('optimize')");
        statement.executeUpdate("INSERT INTO title_fts(title_fts) VALUES ('optimize')");
      }
      db.commit();
    }
  }

  private static void insertMeta(Connection db) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
      insert.setString(1, "schema_version");
      insert.setString(2, SCHEMA_VERSION);
      insert.executeUpdate();
    }
  }

  private static void insertTopics(Connection db, List<Topic> topics) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO topic (id, title, parent_id, sort_order) VALUES (?, ?, ?, ?)")) {
      for (Topic topic : topics) {
        insert.setString(1, topic.id());
        insert.setString(2, topic.title());
        insert.setString(3, topic.parentId());
        insert.setInt(4, topic.order());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void insertArticles(Connection db, List<Article> articles, GlossaryWords glossary)
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
                "INSERT INTO article_fts (rowid, id, title, glossary, headings, summary, body)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement titles =
            db.prepareStatement("INSERT INTO title_fts (rowid, title) VALUES (?, ?)")) {
      // Preparing the index's text (parsing Markdown, finding glossary names) is the slow part
      // of a large library, and each article's is independent: done in parallel.
      List<IndexText> indexTexts =
          articles.parallelStream().map(a -> IndexText.of(a, glossary)).toList();
      int index = 0;
      for (Article a : articles) {
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
        IndexText text = indexTexts.get(index++);
        for (int i = 0; i < text.linkedTerms().size(); i++) {
          glossaryLinks.setString(1, a.id());
          glossaryLinks.setInt(2, i);
          glossaryLinks.setString(3, text.linkedTerms().get(i));
          glossaryLinks.addBatch();
        }
        fts.setInt(1, index);
        fts.setString(2, a.id());
        fts.setString(3, a.title());
        fts.setString(4, text.glossary());
        fts.setString(5, text.headings());
        fts.setString(6, a.summary());
        fts.setString(7, text.body());
        fts.addBatch();
        titles.setInt(1, index);
        titles.setString(2, a.title());
        titles.addBatch();
      }
      article.executeBatch();
      source.executeBatch();
      related.executeBatch();
      glossaryLinks.executeBatch();
      fts.executeBatch();
      titles.executeBatch();
    }
  }

  /** An article's text as the search index holds it, apart from its title and summary. */
  private record IndexText(
      String glossary, String headings, String body, List<String> linkedTerms) {
    static IndexText of(Article a, GlossaryWords glossary) {
      Document document = Markdown.parse(a.body());
      String headings = LibraryWriter.headings(document);
      String body = new TextCollectingVisitor().collectAndGetText(document);
      return new IndexText(
          glossary.mentionedIn(a.title(), a.summary(), headings, body),
          headings,
          body,
          Markdown.glossaryTerms(document));
    }
  }

  private static String headings(Document document) {
    StringBuilder text = new StringBuilder();
    for (Node node : document.getDescendants()) {
      if (node instanceof Heading heading) {
        text.append(heading.getText()).append('\n');
      }
    }
    return text.toString();
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
