package org.careshelf.library;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careshelf.sqlite.Sql;
import org.careshelf.sqlite.StoreException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Read-only queries on a compiled library ({@code content.db}): its articles, topics and glossary.
 * Calls block on SQLite, so callers make them off the FX thread; one connection is shared, so calls
 * are serialised.
 */
public final class LibraryReader implements AutoCloseable {

  private final Connection db;

  private LibraryReader(Connection db) {
    this.db = db;
  }

  /** Opens the library file read-only. */
  public static LibraryReader open(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setOpenMode(SQLiteOpenMode.READONLY);
    try {
      if (!java.nio.file.Files.isRegularFile(file)) {
        throw new SQLException("no such file: " + file);
      }
      Connection db = config.createConnection("jdbc:sqlite:" + file);
      try {
        LibrarySchema.check(db);
      } catch (SQLException e) {
        db.close();
        throw e;
      }
      return new LibraryReader(db);
    } catch (SQLException e) {
      throw new StoreException("The library " + file + " cannot be opened.", e);
    }
  }

  /**
   * The library's version, the day it was made and its number of articles; a library compiled
   * without a version has {@link LibraryVersion#NONE}, one without a date an empty date.
   */
  public synchronized LibraryInfo info() {
    Map<String, String> meta = new LinkedHashMap<>();
    query(
        "SELECT key, value FROM meta WHERE key IN ('library_version', 'library_date')",
        rows -> meta.put(rows.getString(1), rows.getString(2)));
    int articles = query("SELECT count(*) FROM article", rows -> rows.getInt(1)).get(0);
    LibraryVersion version =
        LibraryVersion.parse(meta.get("library_version")).orElse(LibraryVersion.NONE);
    Optional<LocalDate> date;
    try {
      date = Optional.ofNullable(meta.get("library_date")).map(LocalDate::parse);
    } catch (java.time.format.DateTimeParseException e) {
      date = Optional.empty(); // a date nobody can read is no date: the version still shows
    }
    return new LibraryInfo(version, date, articles);
  }

  /** What a lenient compile let through, each as {@code path:line: message}, in order. */
  public synchronized List<String> warnings() {
    return query(
        "SELECT warning FROM compile_warning ORDER BY position", rows -> rows.getString(1));
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

  /** How read aloud says the library's hard words, in the order of their written forms. */
  public synchronized List<Respelling> respellings() {
    return query(
        "SELECT written, say FROM respelling ORDER BY written",
        rows -> new Respelling(rows.getString(1), rows.getString(2)));
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
   * Runs {@code work} on the library's one connection, between the reads of this class: how the
   * search index queries the same file without opening one of its own.
   */
  public synchronized <T> T withConnection(Work<T> work) {
    try {
      return work.run(db);
    } catch (SQLException e) {
      throw new StoreException("The library could not be searched.", e);
    }
  }

  /** Work on the library's connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection db) throws SQLException;
  }

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
