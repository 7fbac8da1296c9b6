package org.careshelf.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The few JDBC moves both stores make: query rows and update, with positional parameters. */
public final class Sql {

  private Sql() {}

  /** Turns the current row into a value. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rows) throws SQLException;
  }

  /** Runs a query with positional parameters and maps every row. */
  public static <T> List<T> query(
      Connection db, String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      bind(statement, parameters);
      List<T> result = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
      }
      return result;
    }
  }

  /** Runs an update with positional parameters. */
  public static void update(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      bind(statement, parameters);
      statement.executeUpdate();
    }
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
  }
}
