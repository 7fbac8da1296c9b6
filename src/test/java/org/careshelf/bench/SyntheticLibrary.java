package org.careshelf.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a synthetic library of many articles for the search benchmark: the real topics and
 * glossary, and articles of about 800 words whose sentences are drawn from a word-pair (Markov)
 * model of the real articles, with glossary terms and aliases woven in, so the vocabulary and word
 * frequencies look like the real library's.
 */
public final class SyntheticLibrary {

  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern NAME = Pattern.compile("^\\s*(?:- )?(term|aliases):\\s*(.*)$");
  private static final String START = "\u0000";

  /**
   * The longest sentence drawn: with the articles of late 2026 the word-pair model made sentences
   * long enough that a paragraph could read above grade 9 and fail the compiler's checks.
   */
  private static final int SENTENCE_WORDS = 20;

  private final Map<String, List<String>> next = new HashMap<>();
  private final List<String> glossaryNames = new ArrayList<>();
  private final List<String> topics = new ArrayList<>();
  private final Random random;

  private SyntheticLibrary(Path realArticles, long seed) throws IOException {
    random = new Random(seed);
    try (Stream<Path> files = Files.walk(realArticles)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
        if (!file.getFileName().toString().equals("README.md")) {
          learn(body(Files.readString(file, StandardCharsets.UTF_8)));
        }
      }
    }
    for (String line : Files.readAllLines(realArticles.resolve("glossary.yaml"))) {
      var m = NAME.matcher(line);
      if (m.matches()) {
        String value = m.group(2).strip();
        if (m.group(1).equals("term")) {
          glossaryNames.add(value);
        } else if (value.length() > 2) {
          for (String alias : value.substring(1, value.length() - 1).split(",")) {
            if (!alias.isBlank()) {
              glossaryNames.add(alias.strip());
            }
          }
        }
      }
    }
    for (String line : Files.readAllLines(realArticles.resolve("topics.yaml"))) {
      if (line.startsWith("- id: ")) {
        topics.add(line.substring(6).strip());
      }
    }
  }

  /** Writes {@code count} articles, the topics and the glossary into {@code out}. */
  public static void write(Path realArticles, Path out, int count, long seed) throws IOException {
    SyntheticLibrary library = new SyntheticLibrary(realArticles, seed);
    Files.createDirectories(out);
    Files.copy(
        realArticles.resolve("topics.yaml"),
        out.resolve("topics.yaml"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        realArticles.resolve("glossary.yaml"),
        out.resolve("glossary.yaml"),
        StandardCopyOption.REPLACE_EXISTING);
    for (int i = 1; i <= count; i++) {
      String topic = library.topics.get(i % library.topics.size());
      Path folder = out.resolve(topic);
      Files.createDirectories(folder);
      Files.writeString(
          folder.resolve(String.format("synthetic-%05d.md", i)),
          library.article(i, topic),
          StandardCharsets.UTF_8);
    }
  }

  private static String body(String file) {
    String[] parts = file.split("(?m)^---\\s*$", 3);
    String body = parts.length == 3 ? parts[2] : file;
    StringBuilder text = new StringBuilder();
    for (String line : body.split("\n")) {
      if (line.startsWith("|")) {
        continue;
      }
      String plain = LINK.matcher(line).replaceAll("$1");
      plain = plain.replaceAll("^\\s*(#+|-|>|\\d+\\.)\\s*", "").replace("*", "");
      text.append(plain).append(plain.isBlank() ? "\n" : " ");
    }
    return text.toString();
  }

  private void learn(String text) {
    for (String paragraph : text.split("\n")) {
      String previous = START;
      for (String word : paragraph.strip().split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        next.computeIfAbsent(previous, k -> new ArrayList<>()).add(word);
        previous = endsSentence(word) ? START : word;
      }
    }
  }

  private static boolean endsSentence(String word) {
    return word.endsWith(".") || word.endsWith("?") || word.endsWith("!");
  }

  private String sentence() {
    StringBuilder out = new StringBuilder();
    String word = START;
    for (int i = 0; i < SENTENCE_WORDS; i++) {
      List<String> choices = next.get(word);
      if (choices == null) {
        break;
      }
      word = choices.get(random.nextInt(choices.size()));
      out.append(out.length() > 0 ? " " : "").append(word);
      if (endsSentence(word)) {
        return out.toString();
      }
    }
    return out.append('.').toString();
  }

  private String glossaryName() {
    return glossaryNames.get(random.nextInt(glossaryNames.size()));
  }

  private String article(int n, String topic) {
    String first = glossaryName();
    String second = glossaryName();
    String[] patterns = {
      "%s and %s",
      "Living with %s",
      "What to know about %s",
      "%s: questions and answers",
      "How %s affects %s",
      "%s after CAR T-cell therapy"
    };
    String title =
        String.format(patterns[random.nextInt(patterns.length)], first, second).replace("\"", "");
    StringBuilder text = new StringBuilder();
    text.append("---\n");
    text.append(String.format("id: synthetic-%05d%n", n));
    text.append("title: \"").append(title).append(" (").append(n).append(")\"\n");
    text.append("topic: ").append(topic).append('\n');
    text.append("summary: \"").append(sentence().replace("\"", "")).append("\"\n");
    text.append("reviewed: 2026-11-28\n");
    text.append("sources:\n");
    text.append("  - title: Synthetic source ").append(n).append('\n');
    text.append("    publisher: National Cancer Institute\n");
    text.append("    url: https://www.cancer.gov/synthetic/").append(n).append('\n');
    text.append("    accessed: 2026-11-28\n");
    text.append("  - title: Synthetic page ").append(n).append('\n');
    text.append("    publisher: MedlinePlus\n");
    text.append("    url: https://medlineplus.gov/synthetic/").append(n).append('\n');
    text.append("    accessed: 2026-11-28\n");
    if (topic.equals("car-t-products")) {
      // A product page must cite the product's own FDA page, one naming the article.
      text.append(String.format("  - title: Synthetic product synthetic-%05d%n", n));
      text.append("    publisher: U.S. Food and Drug Administration\n");
      text.append(String.format("    url: https://www.fda.gov/synthetic-%05d%n", n));
      text.append("    accessed: 2026-11-28\n");
    }
    // The compiler's quality rules hold for every article, synthetic or not.
    text.append(String.format("related: [synthetic-%05d]%n", n == 1 ? 2 : 1));
    text.append("questions:\n");
    text.append("  - \"What is ").append(first.replace("\"", "")).append("?\"\n");
    text.append("  - \"How does ").append(first.replace("\"", "")).append(" affect ");
    text.append(second.replace("\"", "")).append("?\"\n");
    text.append("  - \"When should I call about ").append(second.replace("\"", "")).append("?\"\n");
    text.append("---\n\n");
    int words = 0;
    int target = 760 + random.nextInt(80);
    while (words < target) {
      String heading = "## " + glossaryName() + " and " + glossaryName().toLowerCase();
      text.append(heading).append("\n\n");
      words += heading.split(" ").length - 1;
      for (int p = 0; p < 3 && words < target; p++) {
        StringBuilder paragraph = new StringBuilder();
        for (int s = 0; s < 4 && words < target; s++) {
          String sentence = sentence();
          if (random.nextInt(3) == 0) {
            sentence = "About " + glossaryName() + ": " + sentence;
          }
          paragraph.append(sentence).append(' ');
          words += sentence.split(" ").length;
        }
        text.append(paragraph.toString().strip()).append("\n\n");
      }
    }
    text.append("## When to call your care team\n\n- ").append(sentence()).append("\n");
    return text.toString();
  }
}
