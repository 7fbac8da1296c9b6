package org.careshelf.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careshelf.content.Article;
import org.careshelf.content.ArticleSummary;
import org.careshelf.content.GlossaryTerm;
import org.careshelf.content.Source;
import org.careshelf.content.Topic;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Read-only queries on a compiled library ({@code content.db}). Calls block on SQLite, so callers
 * make them off the FX thread; one connection is shared, so calls are serialised.
 */
public final class ContentStore implements AutoCloseable {

  /** The library schema this store reads; LibraryWriter writes the same version. */
  static final String SCHEMA_VERSION = "2";

  private final Connection db;

  private ContentStore(Connection db) {
    this.db = db;
  }

  /** Opens the library file read-only. */
  public static ContentStore open(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setOpenMode(SQLiteOpenMode.READONLY);
    try {
      if (!java.nio.file.Files.isRegularFile(file)) {
        throw new SQLException("no such file: " + file);
      }
      Connection db = config.createConnection("jdbc:sqlite:" + file);
      ContentStore store = new ContentStore(db);
      store.checkSchema();
      return store;
    } catch (SQLException e) {
      throw new StoreException("The library " + file + " cannot be opened.", e);
    }
  }

  private void checkSchema() throws SQLException {
    try (PreparedStatement query =
            db.prepareStatement("SELECT value FROM meta WHERE key = 'schema_version'");
        ResultSet rows = query.executeQuery()) {
      if (!rows.next() || !SCHEMA_VERSION.equals(rows.getString(1))) {
        throw new SQLException("unsupported library schema");
      }
    }
  }

  /** Every topic, parents before children, each level in its order. */
  public synchronized List<Topic> topics() {
    return query(
        "SELECT id, title, parent_id, sort_order FROM topic"
            + " ORDER BY parent_id IS NOT NULL, sort_order, title",
        rows -> new Topic(rows.getString(1), rows.getString(2), rows.getString(3), rows.getInt(4)));
  }

  /** Every article's summary, ordered within each topic as authors asked. */
  public synchronized List<ArticleSummary> articleSummaries() {
    return query(
        "SELECT id, title, topic_id, summary FROM article"
            + " ORDER BY topic_id, sort_order IS NULL, sort_order, title",
        rows ->
            new ArticleSummary(
                rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
  }

  /** The summaries of the articles with {@code ids}, in that order, skipping unknown ids. */
  public synchronized List<ArticleSummary> summaries(List<String> ids) {
    List<ArticleSummary> result = new ArrayList<>();
    for (String id : ids) {
      result.addAll(
          query(
              "SELECT id, title, topic_id, summary FROM article WHERE id = ?",
              rows ->
                  new ArticleSummary(
                      rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)),
              id));
    }
    return result;
  }

  /** One article, whole, or empty when the library has no article with that id. */
  public synchronized Optional<Article> article(String id) {
    List<Source> sources =
        query(
            "SELECT title, publisher, url, accessed FROM article_source WHERE article_id = ?"
                + " ORDER BY position",
            rows ->
                new Source(
                    rows.getString(1),
                    rows.getString(2),
                    rows.getString(3),
                    LocalDate.parse(rows.getString(4))),
            id);
    List<String> related =
        query(
            "SELECT related_id FROM article_related WHERE article_id = ? ORDER BY position",
            rows -> rows.getString(1),
            id);
    List<Article> found =
        query(
            "SELECT id, title, topic_id, summary, reviewed, sort_order, body FROM article"
                + " WHERE id = ?",
            rows ->
                new Article(
                    rows.getString(1),
                    rows.getString(2),
                    rows.getString(3),
                    rows.getString(4),
                    LocalDate.parse(rows.getString(5)),
                    sources,
                    related,
                    (Integer) rows.getObject(6),
                    rows.getString(7)),
            id);
    return found.stream().findFirst();
  }

  /** The whole glossary, in alphabetical order of terms. */
  public synchronized List<GlossaryTerm> glossary() {
    Map<Integer, List<String>> aliases = listsByTerm("SELECT term_id, alias FROM glossary_alias");
    Map<Integer, List<String>> seeAlso =
        listsByTerm("SELECT term_id, see_also FROM glossary_see_also");
    return query(
        "SELECT id, term, definition FROM glossary_term ORDER BY term COLLATE NOCASE",
        rows ->
            new GlossaryTerm(
                rows.getString(2),
                aliases.getOrDefault(rows.getInt(1), List.of()),
                rows.getString(3),
                seeAlso.getOrDefault(rows.getInt(1), List.of())));
  }

  private Map<Integer, List<String>> listsByTerm(String sql) {
    Map<Integer, List<String>> lists = new LinkedHashMap<>();
    query(
        sql + " ORDER BY term_id, position",
        rows ->
            lists.computeIfAbsent(rows.getInt(1), k -> new ArrayList<>()).add(rows.getString(2)));
    return lists;
  }

  /**
   * The articles matching an FTS5 query, best first, at most {@code limit}. {@code match} is a
   * query in FTS5's language and {@code rank} a ranking expression such as {@code bm25(0, 10, 5)};
   * both are bound as parameters, and the search package builds them only from quoted words.
   * Matched words in the title and snippets are wrapped in {@link #MARK_START} and {@link
   * #MARK_END}.
   */
  public synchronized List<IndexHit> search(String match, String rank, int limit) {
    return hits(SEARCH, match, rank, limit);
  }

  /**
   * The article in index row {@code row} as {@link #search} would return it for {@code match}, or
   * nothing when it does not match.
   */
  public synchronized Optional<IndexHit> searchRow(String match, String rank, long row) {
    return hits(SEARCH_ROW, match, rank, row).stream().findFirst();
  }

  /** The index rows of the articles matching an FTS5 query, best first, at most {@code limit}. */
  public synchronized List<Long> matchingRows(String match, String rank, int limit) {
    try (PreparedStatement statement = db.prepareStatement(MATCHING_ROWS)) {
      statement.setString(1, match);
      statement.setString(2, rank);
      statement.setInt(3, limit);
      List<Long> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(result.getLong(1));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new StoreException("The library could not be searched.", e);
    }
  }

  private List<IndexHit> hits(String sql, String match, String rank, long last) {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setString(1, MARK_START);
      statement.setString(2, MARK_END);
      statement.setString(3, MARK_START);
      statement.setString(4, MARK_END);
      statement.setString(5, MARK_START);
      statement.setString(6, MARK_END);
      statement.setString(7, match);
      statement.setString(8, rank);
      statement.setLong(9, last);
      List<IndexHit> hits = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          hits.add(
              new IndexHit(
                  rows.getLong("row"),
                  rows.getString("id"),
                  rows.getString("title"),
                  rows.getString("topic_id"),
                  rows.getDouble("rank"),
                  rows.getString("marked_title"),
                  rows.getString("summary_snippet"),
                  rows.getString("body_snippet")));
        }
      }
      return hits;
    } catch (SQLException e) {
      throw new StoreException("The library could not be searched.", e);
    }
  }

  /** How many articles match an FTS5 query (see {@link #search}). */
  public synchronized int countMatches(String match) {
    List<Integer> count =
        query(
            "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?",
            rows -> rows.getInt(1),
            match);
    return count.isEmpty() ? 0 : count.get(0);
  }

  /** Every word of the search index with the number of articles holding it, in word order. */
  public synchronized List<IndexWord> indexWords() {
    return query(
        "SELECT term, doc FROM article_words ORDER BY term",
        rows -> new IndexWord(rows.getString(1), rows.getInt(2)));
  }

  /** Marks the start of a matched word in search titles and snippets. */
  public static final String MARK_START = "\u0002";

  /** Marks the end of a matched word in search titles and snippets. */
  public static final String MARK_END = "\u0003";

  /** Separates the parts of a snippet cut out of a longer text. */
  public static final String ELLIPSIS = "\u2026";

  private static final String HITS =
      "SELECT rowid AS row, id, rank,"
          + " highlight(article_fts, 1, ?, ?) AS marked_title,"
          + " snippet(article_fts, 4, ?, ?, '"
          + ELLIPSIS
          + "', 24) AS summary_snippet,"
          + " snippet(article_fts, 5, ?, ?, '"
          + ELLIPSIS
          + "', 24) AS body_snippet"
          + " FROM article_fts WHERE article_fts MATCH ? AND rank MATCH ?";

  // FTS5 sorts by rank and stops at the limit inside the subquery, so snippets are made only for
  // the rows returned; a join in the same query would make it rank and snippet every match.
  private static final String SEARCH =
      "WITH hits AS ("
          + HITS
          + " ORDER BY rank LIMIT ?)"
          + " SELECT hits.*, article.title, article.topic_id"
          + " FROM hits JOIN article ON article.id = hits.id ORDER BY hits.rank";

  private static final String SEARCH_ROW =
      "WITH hits AS ("
          + HITS
          + " AND rowid = ?)"
          + " SELECT hits.*, article.title, article.topic_id"
          + " FROM hits JOIN article ON article.id = hits.id";

  private static final String MATCHING_ROWS =
      "SELECT rowid FROM article_fts WHERE article_fts MATCH ? AND rank MATCH ?"
          + " ORDER BY rank LIMIT ?";

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new StoreException("The library could not be closed.", e);
    }
  }

  private <T> List<T> query(String sql, RowMapper<T> mapper, String... parameters) {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      List<T> result = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
      }
      return result;
    } catch (SQLException e) {
      throw new StoreException("The library could not be read.", e);
    }
  }

  /** Turns the current row into a value. */
  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rows) throws SQLException;
  }
}
