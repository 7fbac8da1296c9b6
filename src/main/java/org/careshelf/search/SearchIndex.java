package org.careshelf.search;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.careshelf.library.LibraryReader;
import org.careshelf.sqlite.Sql;

/**
 * The full-text queries on a compiled library's index ({@code article_fts}, {@code title_fts} and
 * their word list), made on the library's own connection. {@code match} arguments are queries in
 * FTS5's language, bound as parameters; {@link QueryAnalysis} builds them only from quoted words.
 */
public final class SearchIndex {

  /** Marks the start of a matched word in search titles and snippets. */
  static final String MARK_START = "\u0002";

  /** Marks the end of a matched word in search titles and snippets. */
  static final String MARK_END = "\u0003";

  /** Separates the parts of a snippet cut out of a longer text. */
  static final String ELLIPSIS = "\u2026";

  /** The columns of article_fts: id, title, glossary, headings, summary, body. */
  static final int COLUMNS = 6;

  private final LibraryReader library;

  public SearchIndex(LibraryReader library) {
    this.library = library;
  }

  /**
   * The articles in {@code rows} (found by {@link #matchingRows} for the same query), in that
   * order, with their titles and snippets, the matched words between {@link #MARK_START} and {@link
   * #MARK_END}.
   */
  List<IndexHit> hits(String match, List<RankedRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    return library.withConnection(
        db -> {
          List<IndexHit> hits = new ArrayList<>();
          try (PreparedStatement statement = db.prepareStatement(HITS)) {
            for (int i = 1; i <= 6; i += 2) {
              statement.setString(i, MARK_START);
              statement.setString(i + 1, MARK_END);
            }
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
          }
          return hits;
        });
  }

  /**
   * The rows whose title matches, best first by bm25 on the titles alone, at most {@code limit}.
   */
  List<RankedRow> titleRows(String match, int limit) {
    return query(TITLE_ROWS, SearchIndex::rankedRow, match, limit);
  }

  /**
   * The rows matching, best first by bm25 with {@code weights} for the index's columns (id, title,
   * glossary, headings, summary, body), at most {@code limit}. With {@code step} above 1 only every
   * step-th row (by row number) is ranked: a fair sample that bounds the work for words found in
   * thousands of articles.
   */
  List<RankedRow> matchingRows(String match, double[] weights, int limit, int step) {
    if (weights.length != COLUMNS) {
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
        step > 1 ? SAMPLED_ROWS : MATCHING_ROWS, SearchIndex::rankedRow, parameters.toArray());
  }

  /** How many articles match. */
  int countMatches(String match) {
    List<Integer> count =
        query(
            "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?",
            rows -> rows.getInt(1),
            match);
    return count.isEmpty() ? 0 : count.get(0);
  }

  /** Every word of the index with the number of articles holding it, in word order. */
  public List<IndexWord> words() {
    return query(
        "SELECT term, doc FROM article_words ORDER BY term",
        rows -> new IndexWord(rows.getString(1), rows.getInt(2)));
  }

  private static RankedRow rankedRow(ResultSet rows) throws SQLException {
    return new RankedRow(rows.getLong(1), rows.getDouble(2));
  }

  private <T> List<T> query(String sql, Sql.RowMapper<T> mapper, Object... parameters) {
    return library.withConnection(db -> Sql.query(db, sql, mapper, parameters));
  }

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
}
