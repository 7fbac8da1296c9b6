package org.careshelf.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The statements of a schema file on the class path, one per semicolon, comments removed. */
public final class SqlScript {

  private SqlScript() {}

  /** Reads {@code resource} (an absolute class-path name) into its statements. */
  public static List<String> statements(String resource) {
    try (InputStream in = SqlScript.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> statements = new ArrayList<>();
      for (String part : text.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!part.isBlank()) {
          statements.add(part.strip());
        }
      }
      return statements;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
