package org.careshelf.library;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.careshelf.sqlite.Sql;
import org.careshelf.sqlite.SqlScript;

/** The format of {@code content.db}: its tables, created once by the writer, and its version. */
final class LibrarySchema {

  /** Bumped whenever the schema changes, so the app refuses a library it cannot read. */
  static final String VERSION = "6";

  private static final String SCRIPT = "/org/careshelf/library/content-schema.sql";

  private LibrarySchema() {}

  /** Creates every table of an empty library and records its version. */
  static void create(Connection db) throws SQLException {
    try (Statement statement = db.createStatement()) {
      for (String sql : SqlScript.statements(SCRIPT)) {
        statement.executeUpdate(sql);
      }
    }
    Sql.update(db, "INSERT INTO meta (key, value) VALUES ('schema_version', ?)", VERSION);
  }

  /** Fails unless the library was written with this version of the schema. */
  static void check(Connection db) throws SQLException {
    List<String> version =
        Sql.query(
            db, "SELECT value FROM meta WHERE key = 'schema_version'", rows -> rows.getString(1));
    if (version.isEmpty() || !VERSION.equals(version.get(0))) {
      throw new SQLException("unsupported library schema");
    }
  }
}
