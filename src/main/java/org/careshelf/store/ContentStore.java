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
  static final String SCHEMA_VERSION = "3";

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

  /** For each glossary term, the articles that link to it, in reading order. */
  public synchronized Map<String, List<ArticleSummary>> glossaryAppearances() {
    Map<String, List<ArticleSummary>> appearances = new LinkedHashMap<>();
    query(
        "SELECT g.term, a.id, a.title, a.topic_id, a.summary FROM article_glossary g"
            + " JOIN article a ON a.id = g.article_id"
            + " ORDER BY g.term, a.topic_id, a.sort_order IS NULL, a.sort_order, a.title",
        rows ->
            appearances
                .computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                .add(
                    new ArticleSummary(
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5))));
    return appearances;
  }

  /**
   * For every article, the glossary terms it links to, in order; articles linking none are absent.
   */
  public synchronized Map<String, List<String>> glossaryLinks() {
    Map<String, List<String>> links = new LinkedHashMap<>();
    query(
        "SELECT article_id, term FROM article_glossary ORDER BY article_id, position",
        rows ->
            links
                .computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                .add(rows.getString(2)));
    return links;
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
   * The articles in {@code rows} (found by {@link #matchingRows} for the same query), in that
   * order, with their titles and snippets. {@code match} is a query in FTS5's language, bound as a
   * parameter; the search package builds it only from quoted words. Matched words in the title and
   * snippets are wrapped in {@link #MARK_START} and {@link #MARK_END}.
   */
  public synchronized List<IndexHit> hits(String match, List<RankedRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<IndexHit> hits = new ArrayList<>();
    try (PreparedStatement statement = db.prepareStatement(HITS)) {
      statement.setString(1, MARK_START);
      statement.setString(2, MARK_END);
      statement.setString(3, MARK_START);
      statement.setString(4, MARK_END);
      statement.setString(5, MARK_START);
      statement.setString(6, MARK_END);
      statement.setString(7, match);
      for (RankedRow row : rows) {
        statement.setLong(8, row.row());
        try (ResultSet result = statement.executeQuery()) {
          if (result.next()) {
            hits.add(
                new IndexHit(
                    row.row(),
                    result.getString("id"),
                    result.getString("title"),
                    result.getString("topic_id"),
                    row.rank(),
                    result.getString("marked_title"),
                    result.getString("summary_snippet"),
                    result.getString("body_snippet")));
          }
        }
      }
      return hits;
    } catch (SQLException e) {
      throw new StoreException("The library could not be searched.", e);
    }
  }

  /**
   * The rows of the articles whose title matches an FTS5 query (see {@link #hits}), best first by
   * bm25 on the titles alone, at most {@code limit}.
   */
  public synchronized List<RankedRow> titleRows(String match, int limit) {
    return query(TITLE_ROWS, ContentStore::rankedRow, match, limit);
  }

  /**
   * The index rows of the articles matching an FTS5 query, best first by bm25 with {@code weights}
   * for the index's columns (id, title, glossary, headings, summary, body), at most {@code limit}.
   * With {@code step} above 1 only every step-th row (by row number) is ranked: a fair sample that
   * bounds the work for words found in thousands of articles.
   */
  public synchronized List<RankedRow> matchingRows(
      String match, double[] weights, int limit, int step) {
    if (weights.length != INDEX_COLUMNS) {
      throw new IllegalArgumentException("bm25 needs one weight for each of the index's columns");
    }
    List<Object> parameters = new ArrayList<>();
    for (double weight : weights) {
      parameters.add(weight);
    }
    parameters.add(match);
    if (step > 1) {
      parameters.add(step);
    }
    parameters.add(limit);
    return query(
        step > 1 ? SAMPLED_ROWS : MATCHING_ROWS, ContentStore::rankedRow, parameters.toArray());
  }

  private static RankedRow rankedRow(ResultSet rows) throws SQLException {
    return new RankedRow(rows.getLong(1), rows.getDouble(2));
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

  /** The columns of article_fts: id, title, glossary, headings, summary, body. */
  public static final int INDEX_COLUMNS = 6;

  private static final String BM25 = "bm25(article_fts, ?, ?, ?, ?, ?, ?)";

  // bm25() is called directly rather than through FTS5's rank column: with "rank MATCH" FTS5
  // ranks every matching row even when only a few are read. Snippets are made one row at a time
  // for the rows picked (a row constraint lets FTS5 seek instead of reading whole lists of common
  // words), without bm25, which would recount each word's articles for every row. A join here
  // could let SQLite run the full-text query once for each article, so the topic is a subquery.
  private static final String HITS =
      "SELECT rowid AS row, id, title,"
          + " highlight(article_fts, 1, ?, ?) AS marked_title,"
          + " snippet(article_fts, 4, ?, ?, '"
          + ELLIPSIS
          + "', 24) AS summary_snippet,"
          + " snippet(article_fts, 5, ?, ?, '"
          + ELLIPSIS
          + "', 24) AS body_snippet,"
          + " (SELECT topic_id FROM article WHERE article.id = article_fts.id) AS topic_id"
          + " FROM article_fts WHERE article_fts MATCH ? AND rowid = ?";

  private static final String TITLE_ROWS =
      "SELECT rowid, bm25(title_fts) AS score FROM title_fts WHERE title_fts MATCH ?"
          + " ORDER BY score LIMIT ?";

  private static final String MATCHING_ROWS =
      "SELECT rowid, "
          + BM25
          + " AS score FROM article_fts WHERE article_fts MATCH ?"
          + " ORDER BY score LIMIT ?";

  // The row filter runs before bm25 is called, so only the sampled rows are ranked.
  private static final String SAMPLED_ROWS =
      "SELECT rowid, "
          + BM25
          + " AS score FROM article_fts"
          + " WHERE article_fts MATCH ? AND rowid % ? = 0 ORDER BY score LIMIT ?";

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new StoreException("The library could not be closed.", e);
    }
  }

  private <T> List<T> query(String sql, Sql.RowMapper<T> mapper, Object... parameters) {
    try {
      return Sql.query(db, sql, mapper, parameters);
    } catch (SQLException e) {
      throw new StoreException("The library could not be read.", e);
    }
  }
}
