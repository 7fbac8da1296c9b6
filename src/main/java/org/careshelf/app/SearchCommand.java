package org.careshelf.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careshelf.library.GlossaryTerm;
import org.careshelf.library.LibraryReader;
import org.careshelf.search.SearchEngine;
import org.careshelf.search.SearchHit;
import org.careshelf.search.SearchResults;
import org.careshelf.search.Span;
import org.careshelf.search.TopicSuggestion;

/** {@code careshelf search}: the reader's search engine on the command line, as text or JSON. */
final class SearchCommand {

  private SearchCommand() {}

  /** Searches and prints the results; returns the exit status. */
  static int run(CommandLine line, java.nio.file.Path installed, PrintStream out) {
    CommandLine.SearchOptions options = line.search();
    String query = line.arguments().get(0);
    try (LibraryReader store =
        LibraryReader.open(options.db() != null ? options.db() : installed)) {
      SearchResults results = SearchEngine.open(store).search(query, options.limit());
      if (results.problem() != null) {
        throw new org.careshelf.sqlite.StoreException(results.problem(), null);
      }
      out.print(options.json() ? json(results) : text(results));
      return Main.OK;
    }
  }

  static String text(SearchResults results) {
    StringBuilder out = new StringBuilder();
    if (results.correction() != null) {
      out.append("Showing results for \"")
          .append(results.correction())
          .append("\" (you typed \"")
          .append(results.query().strip())
          .append("\").\n");
    }
    GlossaryTerm term = results.definition();
    if (term != null) {
      out.append(term.term()).append(": ").append(term.definition()).append("\n\n");
    }
    if (results.missingSentence() != null && !results.hits().isEmpty()) {
      out.append(results.missingSentence()).append(" Start from a topic:\n");
      for (TopicSuggestion topic : results.suggestions()) {
        out.append("  ").append(topic.title()).append('\n');
      }
      out.append("Or read what the other words find:\n");
    }
    if (results.hits().isEmpty()) {
      if (results.isBlank()) {
        out.append("There is no word to search for in \"").append(results.query()).append("\".\n");
      } else if (term == null) {
        out.append("Nothing in the library matches \"")
            .append(results.query().strip())
            .append("\". Try other words, or one of these topics:\n");
        for (TopicSuggestion topic : results.suggestions()) {
          out.append("  ").append(topic.title()).append('\n');
        }
      }
      return out.toString();
    }
    if (results.partial()) {
      out.append("No article has all of these words; these have some of them.\n");
    }
    int rank = 1;
    for (SearchHit hit : results.hits()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%d. %s  (%s, score %.3g)\n",
              rank++,
              hit.title().text(),
              hit.articleId(),
              hit.score()));
      out.append("   ").append(hit.topicPath()).append('\n');
      if (hit.answers() != null) {
        out.append("   Answers: ").append(hit.answers()).append('\n');
      }
      out.append("   ").append(hit.snippet().render("[", "]")).append('\n');
    }
    return out.toString();
  }

  static String json(SearchResults results) {
    StringBuilder out = new StringBuilder("{");
    field(out, "query", string(results.query())).append(',');
    field(out, "correction", string(results.correction())).append(',');
    field(out, "partial", String.valueOf(results.partial())).append(',');
    field(
            out,
            "missing",
            "["
                + String.join(",", results.missing().stream().map(SearchCommand::string).toList())
                + "]")
        .append(',');
    GlossaryTerm term = results.definition();
    field(
            out,
            "definition",
            term == null
                ? "null"
                : "{\"term\":"
                    + string(term.term())
                    + ",\"definition\":"
                    + string(term.definition())
                    + "}")
        .append(',');
    List<String> hits = new ArrayList<>();
    for (SearchHit hit : results.hits()) {
      StringBuilder h = new StringBuilder("{");
      field(h, "id", string(hit.articleId())).append(',');
      field(h, "title", string(hit.title().text())).append(',');
      field(h, "topic", string(hit.topicPath())).append(',');
      field(h, "score", String.format(Locale.ROOT, "%.6g", hit.score())).append(',');
      field(h, "answers", string(hit.answers())).append(',');
      field(h, "snippet", string(hit.snippet().text())).append(',');
      List<String> marks = new ArrayList<>();
      for (Span mark : hit.snippet().marks()) {
        marks.add("[" + mark.start() + "," + mark.end() + "]");
      }
      field(h, "highlights", "[" + String.join(",", marks) + "]");
      hits.add(h.append('}').toString());
    }
    field(out, "results", "[" + String.join(",", hits) + "]").append(',');
    List<String> topics = new ArrayList<>();
    for (TopicSuggestion topic : results.suggestions()) {
      topics.add(
          "{\"topic\":"
              + string(topic.topicId())
              + ",\"title\":"
              + string(topic.title())
              + ",\"article\":"
              + string(topic.firstArticleId())
              + "}");
    }
    field(out, "suggestedTopics", "[" + String.join(",", topics) + "]");
    return out.append("}\n").toString();
  }

  private static StringBuilder field(StringBuilder out, String name, String value) {
    return out.append('"').append(name).append("\":").append(value);
  }

  /** A JSON string, or null; highlight offsets count UTF-16 units, as in Java and JavaScript. */
  static String string(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
