package org.careshelf.content;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;

/**
 * How deep an article's lists, quotes and emphasis may nest, checked twice: line by line before
 * Flexmark parses (its patterns overflow on thousands of levels), then in the parsed document.
 */
public final class Nesting {

  /** How deep lists, quotes and emphasis may nest: real articles use three levels at most. */
  static final int NESTING_LIMIT = 10;

  private static final int INDENT_LIMIT = 4 * NESTING_LIMIT;
  private static final int MARKS_LIMIT = 100;
  private static final int RUN_LIMIT = 20;

  private Nesting() {}

  /**
   * True when {@code markdown} is nested no deeper than the compiler allows: the reader checks an
   * article before laying it out, since a library from elsewhere (a pack signed by a trusted key)
   * has not necessarily passed this compiler.
   */
  public static boolean fits(String markdown) {
    List<Problem> problems = new java.util.ArrayList<>();
    ofLines("", markdown.split("\n", -1), 0, problems);
    return problems.isEmpty();
  }

  /**
   * Refuses, line by line before any parsing, nesting deeper than {@link #NESTING_LIMIT}: list
   * markers and quote marks at the start of a line, indentation, and runs of emphasis marks.
   */
  static void ofLines(String path, String[] lines, int firstBodyLine, List<Problem> problems) {
    for (int i = firstBodyLine; i < lines.length; i++) {
      String line = lines[i];
      int at = 0;
      int indent = 0;
      int depth = 0;
      while (at < line.length()) {
        char c = line.charAt(at);
        if (c == ' ' || c == '\t') {
          indent += c == '\t' ? 4 : 1;
          at++;
        } else if (c == '>') {
          depth++;
          at++;
        } else if (listMarkerEnd(line, at) > at) {
          depth++;
          at = listMarkerEnd(line, at);
        } else {
          break;
        }
      }
      int marks = 0;
      int run = 0;
      int longestRun = 0;
      for (int j = at; j < line.length(); j++) {
        char c = line.charAt(j);
        run = c == '*' || c == '_' ? run + 1 : 0;
        marks += run > 0 ? 1 : 0;
        longestRun = Math.max(longestRun, run);
      }
      if (depth > NESTING_LIMIT || indent > INDENT_LIMIT) {
        problems.add(new Problem(path, i + 1, tooDeep()));
      } else if (marks > MARKS_LIMIT || longestRun > RUN_LIMIT) {
        problems.add(
            new Problem(
                path,
                i + 1,
                "too many * or _ marks on one line; use at most "
                    + MARKS_LIMIT
                    + ", and no more than "
                    + RUN_LIMIT
                    + " in a row"));
      }
    }
  }

  /** Where a list marker ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) ends, or at. */
  private static int listMarkerEnd(String line, int at) {
    int end = at;
    char c = line.charAt(at);
    if (c == '-' || c == '*' || c == '+') {
      end = at + 1;
    } else {
      while (end < line.length() && end - at < 9 && Character.isDigit(line.charAt(end))) {
        end++;
      }
      if (end == at || end >= line.length() || ".)".indexOf(line.charAt(end)) < 0) {
        return at;
      }
      end++;
    }
    return end == line.length() || line.charAt(end) == ' ' || line.charAt(end) == '\t' ? end : at;
  }

  /**
   * Refuses lists, quotes and emphasis nested deeper than {@link #NESTING_LIMIT} in the parsed
   * document, so the reader, which lays each level out inside the one above, always can.
   */
  static void ofNodes(Document document, String path, int bodyFirstLine, List<Problem> problems) {
    for (Node node : document.getDescendants()) {
      if (!nests(node)) {
        continue;
      }
      int levels = 0;
      for (Node up = node; up != null; up = up.getParent()) {
        levels += nests(up) ? 1 : 0;
      }
      if (levels > NESTING_LIMIT) {
        problems.add(new Problem(path, bodyFirstLine + node.getLineNumber(), tooDeep()));
        return;
      }
    }
  }

  private static boolean nests(Node node) {
    return node instanceof ListBlock
        || node instanceof BlockQuote
        || node instanceof Emphasis
        || node instanceof StrongEmphasis;
  }

  private static String tooDeep() {
    return "lists, quotes and emphasis are nested more than "
        + NESTING_LIMIT
        + " deep here; use at most "
        + NESTING_LIMIT
        + " levels";
  }
}
