package org.careshelf.content;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The fields of one YAML mapping, read with their line numbers so that every problem can name the
 * line an author has to fix.
 */
final class YamlFields {

  private final String path;
  private final int firstLine;
  private final int line;
  private final Map<String, Node> fields = new LinkedHashMap<>();
  private final List<Problem> problems;

  private YamlFields(MappingNode node, String path, int firstLine, List<Problem> problems) {
    this.path = path;
    this.firstLine = firstLine;
    this.line = firstLine + node.getStartMark().getLine();
    this.problems = problems;
    for (NodeTuple tuple : node.getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode scalar)) {
        problem(key, "a field name must be a plain word");
        continue;
      }
      if (fields.putIfAbsent(scalar.getValue(), tuple.getValueNode()) != null) {
        problem(key, "field '" + scalar.getValue() + "' appears twice");
      }
    }
  }

  /**
   * Parses YAML text whose first line is line {@code firstLine} of {@code path}; reports invalid
   * YAML and returns empty.
   */
  static Optional<Node> parse(String text, String path, int firstLine, List<Problem> problems) {
    try {
      Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
      return Optional.ofNullable(yaml.compose(new StringReader(text)));
    } catch (MarkedYAMLException e) {
      int line = firstLine + (e.getProblemMark() == null ? 0 : e.getProblemMark().getLine());
      problems.add(new Problem(path, line, "invalid YAML: " + oneLine(e.getProblem())));
    } catch (YAMLException e) {
      problems.add(new Problem(path, firstLine, "invalid YAML: " + oneLine(e.getMessage())));
    }
    return Optional.empty();
  }

  /** Reads {@code node} as a mapping, or reports that it is not one. */
  static Optional<YamlFields> of(
      Node node, String what, String path, int firstLine, List<Problem> problems) {
    if (node instanceof MappingNode mapping) {
      return Optional.of(new YamlFields(mapping, path, firstLine, problems));
    }
    problems.add(
        new Problem(
            path,
            firstLine + node.getStartMark().getLine(),
            what + " must be a list of 'name: value' fields"));
    return Optional.empty();
  }

  /** Reads {@code node} as a list of mappings, reporting each entry that is not one. */
  static List<YamlFields> listOf(
      Node node, String what, String path, int firstLine, List<Problem> problems) {
    List<YamlFields> result = new ArrayList<>();
    if (!(node instanceof SequenceNode sequence)) {
      problems.add(
          new Problem(
              path,
              firstLine + node.getStartMark().getLine(),
              "expected a list of " + what + " entries, each starting with '- '"));
      return result;
    }
    for (Node item : sequence.getValue()) {
      of(item, "each " + what + " entry", path, firstLine, problems).ifPresent(result::add);
    }
    return result;
  }

  /** The line of the mapping itself. */
  int line() {
    return line;
  }

  /** The line of a field, or of the mapping when the field is missing. */
  int line(String key) {
    Node node = fields.get(key);
    return node == null ? line : firstLine + node.getStartMark().getLine();
  }

  boolean has(String key) {
    return fields.containsKey(key);
  }

  /** Reports every field that is not one of {@code known}; a misspelt field would be ignored. */
  void rejectUnknown(Set<String> known) {
    fields.keySet().stream()
        .filter(key -> !known.contains(key))
        .forEach(key -> problems.add(new Problem(path, line(key), "unknown field '" + key + "'")));
  }

  /** A required, non-blank text field; reports and returns null when missing or not text. */
  String requiredText(String key) {
    Node node = fields.get(key);
    if (node == null) {
      problems.add(new Problem(path, line, "missing field '" + key + "'"));
      return null;
    }
    String value = scalar(node, key);
    if (value != null && value.isBlank()) {
      problem(node, "field '" + key + "' is empty");
      return null;
    }
    return value == null ? null : value.strip();
  }

  /** An optional text field; null when absent. */
  String optionalText(String key) {
    Node node = fields.get(key);
    if (node == null) {
      return null;
    }
    String value = scalar(node, key);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A required date written as YYYY-MM-DD. */
  LocalDate requiredDate(String key) {
    String text = requiredText(key);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(
          new Problem(
              path, line(key), "invalid date '" + text + "' in '" + key + "': use YYYY-MM-DD"));
      return null;
    }
  }

  /** An optional whole number. */
  Integer optionalInt(String key) {
    String text = optionalText(key);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      problems.add(
          new Problem(path, line(key), "field '" + key + "' must be a whole number: " + text));
      return null;
    }
  }

  /** An optional {@code true} or {@code false}; null when absent. */
  Boolean optionalBoolean(String key) {
    String text = optionalText(key);
    if (text == null) {
      return null;
    }
    return switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        problems.add(
            new Problem(path, line(key), "field '" + key + "' must be true or false: " + text));
        yield null;
      }
    };
  }

  /** An optional list of texts, written as {@code [a, b]} or as lines starting with '- '. */
  List<String> textList(String key) {
    Node node = fields.get(key);
    List<String> result = new ArrayList<>();
    if (node == null || isNull(node)) {
      return result;
    }
    if (!(node instanceof SequenceNode sequence)) {
      problem(node, "field '" + key + "' must be a list, such as [first, second]");
      return result;
    }
    for (Node item : sequence.getValue()) {
      String value = scalar(item, key);
      if (value != null && !value.isBlank()) {
        result.add(value.strip());
      }
    }
    return result;
  }

  /** The line of each entry of a list field, in order, for problems about one entry. */
  List<Integer> textListLines(String key) {
    List<Integer> lines = new ArrayList<>();
    if (fields.get(key) instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
          lines.add(firstLine + item.getStartMark().getLine());
        }
      }
    }
    return lines;
  }

  /** A required list of mappings, such as an article's sources. */
  List<YamlFields> mappingList(String key, String what) {
    Node node = fields.get(key);
    if (node == null) {
      problems.add(new Problem(path, line, "missing field '" + key + "'"));
      return List.of();
    }
    return listOf(node, what, path, firstLine, problems);
  }

  private String scalar(Node node, String key) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    problem(node, "field '" + key + "' must be plain text, not a list or a group of fields");
    return null;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar
        && (scalar.getValue().isEmpty() || scalar.getTag().getValue().endsWith(":null"));
  }

  private void problem(Node node, String message) {
    problems.add(new Problem(path, firstLine + node.getStartMark().getLine(), message));
  }

  private static String oneLine(String message) {
    return message == null ? "cannot be read" : message.replaceAll("\\s+", " ").strip();
  }

  /** The entries of a YAML list document, such as topics.yaml; problems go to {@code problems}. */
  static List<YamlFields> entries(String text, String path, String what, List<Problem> problems) {
    return parse(text, path, 1, problems)
        .map(node -> listOf(node, what, path, 1, problems))
        .orElse(List.of());
  }
}
