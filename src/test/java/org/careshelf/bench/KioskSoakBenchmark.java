package org.careshelf.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import org.careshelf.app.KioskDriver;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.GlossaryTerm;
import org.careshelf.library.LibraryReader;
import org.careshelf.library.Topic;
import org.careshelf.ui.shell.Place;

/**
 * The kiosk soak (not a test): a kiosk on the real library, headless, driven through 2,000
 * navigations by the reader's own navigation calls (articles, topics, glossary entries and searches
 * in turn), "Start over" every 20, its resident memory read every 100; once with the JVM options
 * the installed app had before heap flags, once with those of {@code app-image.options}. Run it
 * with {@code mvn -Pbench verify}; it writes {@code target/bench/kiosk-soak.md}.
 */
public final class KioskSoakBenchmark {

  /** 2,000 as issue 10 asks; {@code -Dsoak.navigations=N} runs a shorter soak to try it. */
  static final int NAVIGATIONS = Integer.getInteger("soak.navigations", 2000);

  static final int RESET_EVERY = 20;
  static final int SAMPLE_EVERY = 100;

  /** The launcher's options before heap flags were chosen: C1 only and the serial collector. */
  static final List<String> BEFORE = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  static final List<String> HEADLESS =
      List.of(
          "-Dtestfx.headless=true",
          "-Dglass.platform=Monocle",
          "-Dmonocle.platform=Headless",
          "-Dprism.order=sw",
          "-Dprism.text=t2k");

  static final List<String> QUERIES =
      List.of("fever", "car t", "cost", "lymphoma", "tired", "cytokine relase", "driving", "hair");

  private KioskSoakBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("--child")) {
      soak(Path.of(args[1]));
      Platform.exit();
      System.exit(0);
    }
    Path library = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    List<String> after = heapOptions(Path.of(args[2]));
    // Both runs at once: they measure memory, not time, and each takes minutes on two cores.
    var beforeRun = java.util.concurrent.CompletableFuture.supplyAsync(() -> run(library, BEFORE));
    List<long[]> with = run(library, after);
    List<long[]> before = beforeRun.join();
    StringBuilder md = new StringBuilder();
    md.append("# Kiosk soak\n\n")
        .append(NAVIGATIONS)
        .append(
            " navigations on the real library (article, topic, glossary entry, search in turn),")
        .append(" \"Start over\" every ")
        .append(RESET_EVERY)
        .append(", headless (Monocle, software rendering); load average at the end: ")
        .append(loadAverage())
        .append(".\n\n")
        .append("- before: `")
        .append(String.join(" ", BEFORE))
        .append("`\n- after (app-image.options): `")
        .append(String.join(" ", after))
        .append("`\n\n")
        .append("| navigations | RSS before MB | heap used / committed before MB")
        .append(" | collections / s before | RSS after MB | heap used / committed after MB")
        .append(" | collections / s after |\n|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < Math.min(before.size(), with.size()); i++) {
      long[] b = before.get(i);
      long[] a = with.get(i);
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %d | %d / %d | %d / %.1f | %d | %d / %d | %d / %.1f |%n",
              b[0],
              b[1] / 1024,
              b[2] / 1024,
              b[3] / 1024,
              b[4],
              b[5] / 1000.0,
              a[1] / 1024,
              a[2] / 1024,
              a[3] / 1024,
              a[4],
              a[5] / 1000.0));
    }
    md.append('\n').append(summary("before", before)).append(summary("after", with));
    Files.writeString(out.resolve("kiosk-soak.md"), md);
    System.out.print(md);
  }

  /**
   * Growth from the first sample after warm-up (the third) to the last, the highest RSS, and the
   * time spent collecting: a heap too small for what is live stays flat by collecting all the time.
   */
  static String summary(String label, List<long[]> samples) {
    long warm = samples.get(Math.min(2, samples.size() - 1))[1];
    long last = samples.get(samples.size() - 1)[1];
    long max = samples.stream().mapToLong(s -> s[1]).max().orElse(0);
    return String.format(
        Locale.ROOT,
        "- %s: RSS %d MB after warm-up (%d navigations), %d MB at the end (%+.1f%%), highest %d MB;"
            + " %d collections, %.1f s collecting%n",
        label,
        warm / 1024,
        samples.get(Math.min(2, samples.size() - 1))[0],
        last / 1024,
        100.0 * (last - warm) / warm,
        max / 1024,
        samples.get(samples.size() - 1)[4],
        samples.get(samples.size() - 1)[5] / 1000.0);
  }

  /** The {@code -X} options of the launcher file: the heap and collector flags, not the exports. */
  static List<String> heapOptions(Path options) throws IOException {
    List<String> flags = new ArrayList<>();
    for (String line : Files.readAllLines(options)) {
      String l = line.strip();
      if (l.startsWith("--java-options -X")) {
        flags.add(l.substring("--java-options ".length()).strip());
      }
    }
    return flags;
  }

  private static List<long[]> run(Path library, List<String> options) {
    try {
      return runChild(library, options);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<long[]> runChild(Path library, List<String> options)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(options);
    command.addAll(HEADLESS);
    command.add("-Dsoak.navigations=" + NAVIGATIONS);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(KioskSoakBenchmark.class.getName());
    command.add("--child");
    command.add(library.toString());
    Process child =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<long[]> samples = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("SAMPLE ")) {
          String[] f = line.split(" ");
          samples.add(
              new long[] {
                Long.parseLong(f[1]),
                Long.parseLong(f[2]),
                Long.parseLong(f[3]),
                Long.parseLong(f[4]),
                Long.parseLong(f[5]),
                Long.parseLong(f[6])
              });
          System.out.println(String.join(" ", options) + " " + line);
        }
      }
    }
    if (child.waitFor() != 0 || samples.isEmpty()) {
      throw new IllegalStateException("the soak run failed: " + command);
    }
    return samples;
  }

  private static void soak(Path library) throws Exception {
    List<Place> articles = new ArrayList<>();
    List<Place> topics = new ArrayList<>();
    List<Place> glossary = new ArrayList<>();
    try (LibraryReader reader = LibraryReader.open(library)) {
      for (ArticleSummary a : reader.articleSummaries()) {
        articles.add(new Place.ArticlePage(a.id()));
      }
      for (Topic t : reader.topics()) {
        topics.add(new Place.TopicPage(t.id()));
      }
      for (GlossaryTerm g : reader.glossary()) {
        glossary.add(new Place.GlossaryPage(g.term()));
      }
    }
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    try (KioskDriver kiosk = KioskDriver.open(library)) {
      sample(0);
      for (int i = 1; i <= NAVIGATIONS; i++) {
        int n = i / 4;
        switch (i % 4) {
          case 0 -> kiosk.go(articles.get(n % articles.size()));
          case 1 -> kiosk.go(topics.get(n % topics.size()));
          case 2 -> kiosk.go(glossary.get(n % glossary.size()));
          default -> kiosk.search(QUERIES.get(n % QUERIES.size()));
        }
        if (i % RESET_EVERY == 0) {
          kiosk.startOver();
        }
        if (i % SAMPLE_EVERY == 0) {
          sample(i);
        }
      }
    }
  }

  private static void sample(int navigations) throws IOException {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    long collections = 0;
    long collecting = 0;
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      collections += Math.max(0, gc.getCollectionCount());
      collecting += Math.max(0, gc.getCollectionTime());
    }
    System.out.printf(
        Locale.ROOT,
        "SAMPLE %d %d %d %d %d %d%n",
        navigations,
        rssKb(),
        heap.getUsed() / 1024,
        heap.getCommitted() / 1024,
        collections,
        collecting);
  }

  /** VmRSS of this process, in KB, from {@code /proc/self/status}. */
  static long rssKb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
