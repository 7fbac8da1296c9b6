package org.careshelf.search;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.careshelf.library.LibraryReader;
import org.careshelf.sqlite.Sql;

/**
 * The full-text queries on a compiled library's index ({@code article_fts} of exact words, {@code
 * stem_fts} of stemmed words, {@code title_fts} and their word lists), made on the library's own
 * connection. {@code match} arguments are queries in FTS5's language, bound as parameters; {@link
 * QueryAnalysis} builds them only from quoted words.
 */
public final class SearchIndex {

  /** Marks the start of a matched word in search titles and snippets. */
  static final String MARK_START = "\u0002";

  /** Marks the end of a matched word in search titles and snippets. */
  static final String MARK_END = "\u0003";

  /** Separates the parts of a snippet cut out of a longer text. */
  static final String ELLIPSIS = "\u2026";

  /** The searched columns of both indexes: title, questions, glossary, headings, summary, body. */
  static final int COLUMNS = 6;

  /** Which of the two indexes a query reads. */
  enum Forms {
    /** Words as written: "pain" finds "pain" and, while typing, "painful". */
    EXACT("article_fts", "bm25(article_fts, 0, ?, ?, ?, ?, ?, ?)"),
    /** Porter stems: "painful" finds "pain", "qualifies" finds "qualify". */
    STEM("stem_fts", "bm25(stem_fts, ?, ?, ?, ?, ?, ?)");

    private final String rankedSql;

    Forms(String table, String bm25) {
      rankedSql =
          "SELECT rowid, "
              + bm25
              + " AS score FROM "
              + table
              + " WHERE "
              + table
              + " MATCH ? ORDER BY score LIMIT ?";
    }
  }

  private final LibraryReader library;

  public SearchIndex(LibraryReader library) {
    this.library = library;
  }

  /**
   * The articles in {@code rows}, in that order, with their titles, snippets and questions, the
   * matched words between {@link #MARK_START} and {@link #MARK_END}; {@code match} is the query
   * that found them, read by the stemmed index so that every form of a word is marked.
   */
  List<IndexHit> hits(String match, List<RankedRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    return library.withConnection(
        db -> {
          List<IndexHit> hits = new ArrayList<>();
          try (PreparedStatement stems = db.prepareStatement(hitsSql("stem_fts", 0));
              PreparedStatement exact = db.prepareStatement(hitsSql("article_fts", 1))) {
            for (PreparedStatement statement : List.of(stems, exact)) {
              for (int i = 1; i <= 8; i += 2) {
                statement.setString(i, MARK_START);
                statement.setString(i + 1, MARK_END);
              }
              statement.setString(9, match);
            }
            for (RankedRow row : rows) {
              IndexHit hit = hit(stems, row);
              // A word being typed is a prefix of exact words, which a stem may not start.
              hits.add(hit != null ? hit : hit(exact, row));
            }
          }
          hits.removeIf(java.util.Objects::isNull);
          return hits;
        });
  }

  private static IndexHit hit(PreparedStatement statement, RankedRow row) throws SQLException {
    statement.setLong(10, row.row());
    try (ResultSet result = statement.executeQuery()) {
      if (!result.next()) {
        return null;
      }
      return new IndexHit(
          row.row(),
          result.getString("id"),
          result.getString("title"),
          result.getString("topic_id"),
          row.rank(),
          result.getString("marked_title"),
          result.getString("summary_snippet"),
          result.getString("body_snippet"),
          result.getString("marked_questions"));
    }
  }

  /**
   * The rows whose title starts with {@code words} ("who can get car t" starts "Who can get CAR
   * T-cell therapy?"), shortest title first, at most {@code limit}; when {@code typing}, the last
   * word may start a longer one.
   */
  List<RankedRow> titleStartRows(List<String> words, boolean typing, int limit) {
    return query(
        TITLE_ROWS, SearchIndex::rankedRow, "^" + QueryAnalysis.phrase(words, typing), limit);
  }

  /**
   * The rows whose title matches, best first by bm25 on the titles alone, at most {@code limit}.
   */
  List<RankedRow> titleRows(String match, int limit) {
    return query(TITLE_ROWS, SearchIndex::rankedRow, match, limit);
  }

  /**
   * The rows whose patient questions hold every word (in any form), best first by bm25 on the
   * questions alone, at most {@code limit}.
   */
  List<RankedRow> questionRows(String match, int limit) {
    return query(QUESTION_ROWS, SearchIndex::rankedRow, match, limit);
  }

  /**
   * The rows matching in {@code forms}, best first by bm25 with {@code weights} for the searched
   * columns (title, questions, glossary, headings, summary, body), at most {@code limit}. Every
   * matching row is ranked.
   */
  List<RankedRow> rankedRows(Forms forms, String match, double[] weights, int limit) {
    if (weights.length != COLUMNS) {
      throw new IllegalArgumentException("bm25 needs one weight for each searched column");
    }
    Object[] parameters = new Object[COLUMNS + 2];
    for (int i = 0; i < COLUMNS; i++) {
      parameters[i] = weights[i];
    }
    parameters[COLUMNS] = match;
    parameters[COLUMNS + 1] = limit;
    return query(forms.rankedSql, SearchIndex::rankedRow, parameters);
  }

  /** How many articles match in the exact words. */
  int countMatches(String match) {
    List<Integer> count =
        query(
            "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?",
            rows -> rows.getInt(1),
            match);
    return count.isEmpty() ? 0 : count.get(0);
  }

  /** True when some article holds a form of the word or phrase {@code match} (stemmed). */
  boolean stemFinds(String match) {
    return !query("SELECT rowid FROM stem_fts WHERE stem_fts MATCH ? LIMIT 1", rows -> 1, match)
        .isEmpty();
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

  // Snippets are made one row at a time for the rows picked (a row constraint lets FTS5 seek
  // instead of reading whole lists of common words), without bm25, which would recount each
  // word's articles for every row. A join could let SQLite run the full-text query once for each
  // article, so id and topic are subqueries. stem_fts keeps no text: it reads article_fts's.
  private static String hitsSql(String table, int firstColumn) {
    String id =
        table.equals("article_fts")
            ? "id"
            : "(SELECT id FROM article_fts WHERE article_fts.rowid = stem_fts.rowid)";
    return "SELECT rowid AS row, "
        + id
        + " AS id, title,"
        + " highlight("
        + table
        + ", "
        + firstColumn
        + ", ?, ?) AS marked_title,"
        + " snippet("
        + table
        + ", "
        + (firstColumn + 4)
        + ", ?, ?, '"
        + ELLIPSIS
        + "', 24) AS summary_snippet,"
        + " snippet("
        + table
        + ", "
        + (firstColumn + 5)
        + ", ?, ?, '"
        + ELLIPSIS
        + "', 24) AS body_snippet,"
        + " highlight("
        + table
        + ", "
        + (firstColumn + 1)
        + ", ?, ?) AS marked_questions,"
        + " (SELECT topic_id FROM article WHERE article.id = "
        + id
        + ") AS topic_id"
        + " FROM "
        + table
        + " WHERE "
        + table
        + " MATCH ? AND rowid = ?";
  }

  private static final String QUESTION_ROWS =
      "SELECT rowid, bm25(question_fts) AS score FROM question_fts WHERE question_fts MATCH ?"
          + " ORDER BY score LIMIT ?";

  private static final String TITLE_ROWS =
      "SELECT rowid, bm25(title_fts) AS score FROM title_fts WHERE title_fts MATCH ?"
          + " ORDER BY score LIMIT ?";
}
