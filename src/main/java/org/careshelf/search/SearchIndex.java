package org.careshelf.search;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
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
    private final String scoresSql;
    private final String countSql;

    Forms(String table, String bm25) {
      String from = " AS score FROM " + table + " WHERE " + table + " MATCH ?";
      rankedSql = "SELECT rowid, " + bm25 + from + " ORDER BY score LIMIT ?";
      // "+rowid" keeps the list out of FTS5's own row lookups, which would run the full-text query
      // (and bm25's word counts) once per listed row: the query runs once, and bm25 is called
      // only for the rows listed.
      scoresSql =
          "SELECT rowid, " + bm25 + from + " AND +rowid IN (SELECT value FROM json_each(?))";
      countSql =
          "SELECT count(*) FROM (SELECT rowid FROM "
              + table
              + " WHERE "
              + table
              + " MATCH ? LIMIT ?)";
    }
  }

  private final LibraryReader library;

  public SearchIndex(LibraryReader library) {
    this.library = library;
  }

  /**
   * The articles in {@code rows}, in that order, with their titles, snippets and questions, the
   * words {@code matcher} finds between {@link #MARK_START} and {@link #MARK_END}. Each row is read
   * by its number alone and marked in Java ({@link Snippets}): no full-text query runs again.
   */
  List<IndexHit> hits(List<RankedRow> rows, WordMatcher matcher) {
    if (rows.isEmpty()) {
      return List.of();
    }
    return library.withConnection(
        db -> {
          List<IndexHit> hits = new ArrayList<>();
          try (PreparedStatement statement = db.prepareStatement(HITS)) {
            for (RankedRow row : rows) {
              statement.setLong(1, row.row());
              try (ResultSet result = statement.executeQuery()) {
                if (result.next()) {
                  String title = result.getString("title");
                  hits.add(
                      new IndexHit(
                          row.row(),
                          result.getString("id"),
                          title,
                          result.getString("topic_id"),
                          row.rank(),
                          Snippets.highlight(title, matcher),
                          Snippets.snippet(result.getString("summary"), matcher),
                          Snippets.snippet(result.getString("body"), matcher),
                          Snippets.highlight(result.getString("questions"), matcher)));
                }
              }
            }
          }
          return hits;
        });
  }

  /**
   * The rows matching in {@code forms}, best first by bm25 with {@code weights} for the searched
   * columns (title, questions, glossary, headings, summary, body), at most {@code limit}.
   */
  List<RankedRow> rankedRows(Forms forms, String match, double[] weights, int limit) {
    List<Object> parameters = weights(weights);
    parameters.add(match);
    parameters.add(limit);
    return query(forms.rankedSql, SearchIndex::rankedRow, parameters.toArray());
  }

  /** The bm25 of each of {@code rows} that matches in {@code forms}, in no order. */
  List<RankedRow> scores(Forms forms, String match, double[] weights, Collection<Long> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Object> parameters = weights(weights);
    parameters.add(match);
    parameters.add(rows.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")));
    return query(forms.scoresSql, SearchIndex::rankedRow, parameters.toArray());
  }

  /** How many rows match in {@code forms}, counted up to {@code most}. */
  int countUpTo(Forms forms, String match, int most) {
    List<Integer> count = query(forms.countSql, rows -> rows.getInt(1), match, most);
    return count.isEmpty() ? 0 : count.get(0);
  }

  private static List<Object> weights(double[] weights) {
    if (weights.length != COLUMNS) {
      throw new IllegalArgumentException("bm25 needs one weight for each searched column");
    }
    List<Object> parameters = new ArrayList<>();
    for (double weight : weights) {
      parameters.add(weight);
    }
    return parameters;
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

  /**
   * The searched text (title, questions, glossary, headings, summary, body) of the rows after row
   * {@code after}, with each row's number first, a few at a time, so that searches made meanwhile
   * wait for one page at most.
   */
  List<Object[]> textPage(long after) {
    return query(
        "SELECT rowid, title, questions, glossary, headings, summary, body"
            + " FROM article_fts WHERE rowid > ? ORDER BY rowid LIMIT 200",
        r -> {
          Object[] row = new Object[COLUMNS + 1];
          row[0] = r.getLong(1);
          for (int c = 1; c <= COLUMNS; c++) {
            row[c] = r.getString(c + 1);
          }
          return row;
        },
        after);
  }

  /** One article's title and questions (one a line), for {@link HeadIndex}. */
  record HeadText(long row, String title, String questions) {}

  /** Every article's title and questions, by row. */
  List<HeadText> heads() {
    return query(
        "SELECT rowid, title, questions FROM article_fts",
        rows -> new HeadText(rows.getLong(1), rows.getString(2), rows.getString(3)));
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

  // A join could let SQLite scan the index for each article, so the topic is a subquery.
  private static final String HITS =
      "SELECT id, title, questions, summary, body,"
          + " (SELECT topic_id FROM article WHERE article.id = article_fts.id) AS topic_id"
          + " FROM article_fts WHERE rowid = ?";
}
