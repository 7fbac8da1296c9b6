package org.careshelf.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.careshelf.content.CompileResult;
import org.careshelf.content.LibraryCompiler;
import org.careshelf.library.LibraryReader;
import org.careshelf.search.IndexWord;
import org.careshelf.search.PatientQueries;
import org.careshelf.search.SearchEngine;
import org.careshelf.search.SearchIndex;
import org.careshelf.search.SearchResults;
import org.careshelf.search.StopWords;

/**
 * The search benchmark (not a test): builds a synthetic library of 10,000 articles, compiles it,
 * and reports the compile time, the size of content.db and the p50/p95/p99 latency of each class of
 * query. Run it with {@code mvn -Pbench verify}; it writes {@code target/bench/results.md}.
 */
public final class SearchBenchmark {

  static final int ARTICLES = 10_000;
  static final int WARM_UP = 300;
  static final int MEASURED = 1_000;
  static final long SEED = 42;
  static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * The same library ranked by SQLite alone, to count the queries whose results the in-memory
   * ranking changes.
   */
  private static SearchEngine everyMatch;

  private SearchBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path realArticles = Path.of(args.length > 0 ? args[0] : "articles");
    Path work = Path.of(args.length > 1 ? args[1] : "target/bench");
    int articles = args.length > 2 ? Integer.parseInt(args[2]) : ARTICLES;
    boolean searchOnly = args.length > 3 && args[3].equals("search-only");
    Path source = work.resolve("articles");
    Path db = work.resolve("content.db");
    StringBuilder report = new StringBuilder();
    long start;
    if (!searchOnly) {
      deleteTree(source);
      Files.deleteIfExists(db);
      start = System.nanoTime();
      SyntheticLibrary.write(realArticles, source, articles, SEED);
      double generateSeconds = (System.nanoTime() - start) / 1e9;

      start = System.nanoTime();
      CompileResult compiled = LibraryCompiler.compile(source, db);
      double compileSeconds = (System.nanoTime() - start) / 1e9;
      if (!compiled.ok()) {
        compiled.problems().stream().limit(20).forEach(System.err::println);
        throw new IllegalStateException("the synthetic library has problems");
      }
      long words = countWords(source);
      report.append(
          String.format(
              Locale.ROOT,
              "Synthetic library: %,d articles, %,d words (%,d per article), generated in %.1f"
                  + " s%n",
              articles,
              words,
              words / articles,
              generateSeconds));
      report.append(String.format(Locale.ROOT, "Compile time: %.1f s%n", compileSeconds));
    }
    report.append(
        String.format(
            Locale.ROOT,
            "content.db size: %.1f MB; system load average at the start: %.1f%n",
            Files.size(db) / (1024.0 * 1024.0),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    report.append(
        String.format(
            Locale.ROOT,
            "Machine: %d cores, Java %s; %d warm-up then %d measured searches per class, %d"
                + " results each%n%n",
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"),
            WARM_UP,
            MEASURED,
            SearchEngine.DEFAULT_LIMIT));

    searchFigures(report, db, "the synthetic library");
    Path real = work.resolve("real.db");
    Files.deleteIfExists(real);
    CompileResult compiledReal = LibraryCompiler.compile(realArticles, real);
    if (!compiledReal.ok()) {
      throw new IllegalStateException("the real library has problems");
    }
    report.append('\n');
    searchFigures(report, real, "the real library");
    try (LibraryReader store = LibraryReader.open(real)) {
      report.append("\nPatient queries (src/test/resources/search/patient-queries.tsv):\n");
      report.append(PatientQueries.report(SearchEngine.open(store))).append('\n');
    }
    report.append(
        String.format(
            Locale.ROOT,
            "%nms: wall-clock time of engine.search (query analysis, spelling, SQLite, snippets);"
                + " CPU: the searching thread's CPU time, SQLite included, which leaves out time"
                + " spent waiting for a core. System load average at the end: %.1f.%n",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    System.out.print(report);
    Files.writeString(work.resolve("results.md"), report, StandardCharsets.UTF_8);
  }

  private static void searchFigures(StringBuilder report, Path db, String name) throws IOException {
    try (LibraryReader store = LibraryReader.open(db)) {
      everyMatch = null;
      // Twice: what the last library's engine let go may be freed only by the second.
      System.gc();
      System.gc();
      long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
      long start = System.nanoTime();
      SearchEngine engine = SearchEngine.open(store);
      double started = (System.nanoTime() - start) / 1e6;
      engine.awaitIndexInMemory();
      double inMemory = (System.nanoTime() - start) / 1e6 - started;
      // The engine's own heap: what a collection leaves, less what was there before it.
      System.gc();
      long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory() - before;
      everyMatch = SearchEngine.rankingInSqlite(store);
      report.append(
          String.format(
              Locale.ROOT,
              "Search in %s; engine start (vocabulary, glossary, topics into memory): %.0f ms;"
                  + " every word's and phrase's articles in memory (in the background) %.0f ms"
                  + " after it; the engine's heap after a collection %.1f MB%n%n",
              name,
              started,
              inMemory,
              heap / (1024.0 * 1024.0)));
      Queries queries = new Queries(new SearchIndex(store).words(), new Random(SEED));
      report.append(
          "| query class | example | p50 ms | p95 ms | p99 ms | CPU p50 | CPU p95 | CPU p99 |"
              + " not as SQLite ranks: top 10 differs, a top 3 missing |\n");
      report.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
      measure(report, engine, "one common word", queries::common, r -> !r.hits().isEmpty());
      measure(report, engine, "two words", queries::twoWords, r -> true);
      measure(report, engine, "prefix while typing", queries::prefix, r -> !r.hits().isEmpty());
      measure(report, engine, "misspelled word", queries::misspelled, r -> r.correction() != null);
      measure(report, engine, "whole question", queries::question, r -> !r.hits().isEmpty());
      measure(
          report, engine, "sound-alike misspelling", queries::soundAlike, r -> !r.hits().isEmpty());
      measure(report, engine, "no hits", queries::nothing, r -> r.hits().isEmpty());
    }
  }

  /** A check that a query is of its class, so that the figures measure what they say. */
  private interface Check {
    boolean holds(SearchResults results);
  }

  private static void measure(
      StringBuilder report, SearchEngine engine, String name, Supplier<String> queries, Check check)
      throws IOException {
    List<String> chosen = new ArrayList<>();
    int tries = 0;
    while (chosen.size() < 200 && tries++ < 20_000) {
      String query = queries.get();
      if (check.holds(engine.search(query, SearchEngine.DEFAULT_LIMIT))) {
        chosen.add(query);
      }
    }
    if (chosen.isEmpty()) {
      throw new IllegalStateException("no query of class " + name);
    }
    for (int i = 0; i < WARM_UP; i++) {
      engine.search(chosen.get(i % chosen.size()), SearchEngine.DEFAULT_LIMIT);
    }
    long[] times = new long[MEASURED];
    long[] cpu = new long[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      String query = chosen.get(i % chosen.size());
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      engine.search(query, SearchEngine.DEFAULT_LIMIT);
      times[i] = System.nanoTime() - start;
      cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
    }
    Integer[] order = new Integer[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingLong((Integer i) -> times[i]).reversed());
    List<String> slowest = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      slowest.add(
          String.format(
              Locale.ROOT,
              "'%s' %.1f ms",
              chosen.get(order[i] % chosen.size()).strip(),
              times[order[i]] / 1e6));
    }
    System.err.println("slowest " + name + ": " + String.join(", ", slowest));
    int changed = 0;
    int lost = 0;
    for (String query : chosen) {
      List<String> sampled = ids(engine.search(query, SearchEngine.DEFAULT_LIMIT));
      List<String> every = ids(everyMatch.search(query, SearchEngine.DEFAULT_LIMIT));
      changed += sampled.equals(every) ? 0 : 1;
      lost += sampled.containsAll(every.subList(0, Math.min(3, every.size()))) ? 0 : 1;
    }
    Arrays.sort(times);
    Arrays.sort(cpu);
    report.append(
        String.format(
            Locale.ROOT,
            "| %s | `%s` | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %d, %d of %d |%n",
            name,
            chosen.get(0).strip(),
            percentile(times, 50),
            percentile(times, 95),
            percentile(times, 99),
            percentile(cpu, 50),
            percentile(cpu, 95),
            percentile(cpu, 99),
            changed,
            lost,
            chosen.size()));
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(h -> h.articleId()).toList();
  }

  private static double percentile(long[] sorted, int p) {
    int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, at))] / 1e6;
  }

  /** Question forms patients type, with a word of the library in them. */
  static final String[] QUESTIONS = {
    "what are the side effects of %s",
    "how long does %s take after car t cell therapy",
    "can i drive after %s",
    "am i too old for %s",
    "is %s painful for me",
    "what happens if my %s comes back after treatment",
    "how much does %s cost and will my insurance pay",
    "what should i do if i have %s at home",
    "can i go back to work after %s",
    "what are the side effects of car t cell therapy",
    "depression after cancer treatment",
    "can i drive after treatment",
  };

  /** Letters that sound alike in English spelling, as a patient may write them. */
  static final String[][] SOUNDS = {
    {"ph", "f"},
    {"y", "i"},
    {"i", "y"},
    {"c", "k"},
    {"k", "c"},
    {"ee", "ea"},
    {"ea", "ee"},
    {"tion", "shun"},
    {"x", "ks"},
    {"qu", "kw"},
    {"s", "z"},
    {"ll", "l"},
    {"mm", "m"},
    {"tt", "t"},
    {"ss", "s"},
    {"ou", "u"},
    {"ae", "e"},
    {"oe", "e"},
    {"ch", "k"},
    {"gh", "g"},
  };

  /** Makes queries of each class from the index's own words. */
  private static final class Queries {
    private final List<IndexWord> common;
    private final List<IndexWord> middling;
    private final java.util.Set<String> known = new java.util.HashSet<>();
    private final Random random;

    Queries(List<IndexWord> words, Random random) {
      this.random = random;
      words.forEach(w -> known.add(w.word()));
      List<IndexWord> letters =
          words.stream()
              .filter(w -> w.word().length() >= 4 && w.word().chars().allMatch(Character::isLetter))
              .filter(w -> !StopWords.contains(w.word()))
              .sorted(Comparator.comparingInt(IndexWord::articles).reversed())
              .toList();
      common = letters.subList(0, Math.min(60, letters.size()));
      middling = letters.subList(Math.min(60, letters.size()), Math.min(1500, letters.size()));
    }

    String common() {
      return common.get(random.nextInt(common.size())).word() + " ";
    }

    String twoWords() {
      return middling.get(random.nextInt(middling.size())).word()
          + " "
          + middling.get(random.nextInt(middling.size())).word()
          + " ";
    }

    String prefix() {
      String word = middling.get(random.nextInt(middling.size())).word();
      return word.substring(0, Math.min(word.length(), 3 + random.nextInt(3)));
    }

    String misspelled() {
      String word = middling.get(random.nextInt(middling.size())).word();
      char[] c = word.toCharArray();
      int at = 1 + random.nextInt(c.length - 2);
      switch (random.nextInt(3)) {
        case 0 -> {
          char t = c[at];
          c[at] = c[at + 1];
          c[at + 1] = t;
          return new String(c) + " ";
        }
        case 1 -> {
          return word.substring(0, at) + word.substring(at + 1) + " ";
        }
        default -> {
          c[at] = (char) ('a' + random.nextInt(26));
          return new String(c) + " ";
        }
      }
    }

    /** Patient questions full of little and common words, around a word of the library. */
    String question() {
      String word = middling.get(random.nextInt(middling.size())).word();
      return String.format(Locale.ROOT, QUESTIONS[random.nextInt(QUESTIONS.length)], word);
    }

    /**
     * A word of the library spelt as it sounds ("limfoma" for "lymphoma"): two sound-alike changes
     * where the word has them, more edits than the spelling correction forgives.
     */
    String soundAlike() {
      for (int tries = 0; tries < 100; tries++) {
        String word = middling.get(random.nextInt(middling.size())).word();
        String spelt = word;
        for (int change = 0; change < 2; change++) {
          int from = random.nextInt(SOUNDS.length);
          for (int i = 0; i < SOUNDS.length; i++) {
            String[] sound = SOUNDS[(from + i) % SOUNDS.length];
            int at = spelt.indexOf(sound[0], 1);
            if (at > 0) {
              spelt = spelt.substring(0, at) + sound[1] + spelt.substring(at + sound[0].length());
              break;
            }
          }
        }
        if (!spelt.equals(word) && !known.contains(spelt)) {
          return spelt + " ";
        }
      }
      return misspelled();
    }

    String nothing() {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 2; w++) {
        for (int i = 0; i < 5 + random.nextInt(3); i++) {
          text.append("qxzjvkw".charAt(random.nextInt(7)));
        }
        text.append(' ');
      }
      return text.toString();
    }
  }

  private static long countWords(Path folder) throws IOException {
    long words = 0;
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String body = text.substring(text.indexOf("\n---\n", 4) + 5);
        words += body.split("\\s+").length;
      }
    }
    return words;
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
