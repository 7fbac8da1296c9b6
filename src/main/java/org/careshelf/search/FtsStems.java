package org.careshelf.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.careshelf.library.LibraryReader;
import org.careshelf.sqlite.Sql;

/** Words' stems as FTS5's own Porter tokenizer makes them, asked of temporary FTS5 tables. */
final class FtsStems {

  private FtsStems() {}

  /**
   * Each word's stem, asked of FTS5's own Porter tokenizer (a temporary table holding every word),
   * so that the stems are exactly those of {@code stem_fts}.
   */
  static String[] of(Connection db, String[] words) throws SQLException {
    String[] stem = new String[words.length];
    try (Statement s = db.createStatement()) {
      s.execute("DROP TABLE IF EXISTS temp.memory_stemmer");
      s.execute(
          "CREATE VIRTUAL TABLE temp.memory_stemmer USING fts5(w,"
              + " tokenize = 'porter unicode61 remove_diacritics 2')");
      s.execute(
          "CREATE VIRTUAL TABLE IF NOT EXISTS temp.memory_stems"
              + " USING fts5vocab(temp, memory_stemmer, instance)");
    }
    try (PreparedStatement insert =
        db.prepareStatement("INSERT INTO temp.memory_stemmer(rowid, w) VALUES (?, ?)")) {
      for (int i = 0; i < words.length; i++) {
        insert.setLong(1, i + 1);
        insert.setString(2, words[i]);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT doc, term FROM temp.memory_stems")) {
      while (r.next()) {
        int i = (int) r.getLong(1) - 1;
        // A word the tokenizer would split is no single stem: it is left to SQLite.
        stem[i] = stem[i] == null ? r.getString(2) : "";
      }
    }
    try (Statement s = db.createStatement()) {
      s.execute("DROP TABLE temp.memory_stems");
      s.execute("DROP TABLE temp.memory_stemmer");
      // One word at a time, for a query word the index lacks ("sche" while typing "schedule").
      s.execute(
          "CREATE VIRTUAL TABLE IF NOT EXISTS temp.memory_stem_one USING fts5(w,"
              + " tokenize = 'porter unicode61 remove_diacritics 2')");
      s.execute(
          "CREATE VIRTUAL TABLE IF NOT EXISTS temp.memory_stem_one_words"
              + " USING fts5vocab(temp, memory_stem_one, row)");
    }
    return stem;
  }

  /** The stem FTS5's Porter tokenizer makes of a word the index lacks; null if it is not one. */
  static String of(LibraryReader library, String word) {
    try {
      return library.withConnection(
          db -> {
            Sql.update(db, "DELETE FROM temp.memory_stem_one");
            Sql.update(db, "INSERT INTO temp.memory_stem_one(w) VALUES (?)", word);
            List<String> found =
                Sql.query(db, "SELECT term FROM temp.memory_stem_one_words", r -> r.getString(1));
            return found.size() == 1 ? found.get(0) : null;
          });
    } catch (RuntimeException e) {
      return null;
    }
  }
}
