package org.careshelf.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.careshelf.handout.Handout;
import org.careshelf.handout.HandoutPdf;
import org.careshelf.handout.Handouts;
import org.careshelf.handout.PageImages;
import org.careshelf.handout.Paper;
import org.careshelf.handout.TypeSize;
import org.careshelf.library.Article;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.LibraryReader;
import org.careshelf.ui.Messages;

/**
 * The handout benchmark (not a test): in a fresh JVM, the longest article's handout the first time
 * (loading PDFBox and the fonts included), then again and again; and its pages rendered for the
 * print preview. Goals: at most 3 s the first time, at most 1 s after. Run it with {@code mvn
 * -Pbench verify}; it writes {@code target/bench/handout-results.md}.
 */
public final class HandoutBenchmark {

  static final int RUNS = 15;

  private HandoutBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path libraryFile = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    Messages messages = Messages.forLocale(Locale.US);
    try (LibraryReader library = LibraryReader.open(libraryFile)) {
      Article longest =
          library.articleSummaries().stream()
              .map(ArticleSummary::id)
              .map(id -> library.article(id).orElseThrow())
              .max(Comparator.comparingInt(a -> a.body().length()))
              .orElseThrow();
      Handouts handouts = new Handouts(messages, Optional.empty());
      long start = System.nanoTime();
      byte[] first = make(handouts, library, messages, longest.id(), TypeSize.NORMAL);
      double firstMs = (System.nanoTime() - start) / 1e6;
      List<Double> normal = new ArrayList<>();
      List<Double> large = new ArrayList<>();
      for (int i = 0; i < RUNS; i++) {
        normal.add(time(() -> make(handouts, library, messages, longest.id(), TypeSize.NORMAL)));
        large.add(time(() -> make(handouts, library, messages, longest.id(), TypeSize.LARGE)));
      }
      List<Double> preview = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        preview.add(time(() -> PageImages.of(first, 72f)));
      }
      int pages = PageImages.of(first, 10f).size();
      String report =
          String.format(
              Locale.ROOT,
              "# Handout benchmark%n%n"
                  + "Longest article: %s (%d characters of Markdown), Letter, %d pages at normal"
                  + " print. %d runs after the first, in one JVM (%s cores).%n%n"
                  + "| what | median ms | max ms | goal |%n|---|---|---|---|%n"
                  + "| first handout, loading PDFBox and the fonts | %.0f | %.0f | <= 3000 |%n"
                  + "| handout after the first, normal print | %.0f | %.0f | <= 1000 |%n"
                  + "| handout after the first, large print | %.0f | %.0f | <= 1000 |%n"
                  + "| preview: every page rendered at 72 dpi | %.0f | %.0f | |%n",
              longest.id(),
              longest.body().length(),
              pages,
              RUNS,
              Runtime.getRuntime().availableProcessors(),
              firstMs,
              firstMs,
              median(normal),
              max(normal),
              median(large),
              max(large),
              median(preview),
              max(preview));
      Files.writeString(out.resolve("handout-results.md"), report);
      System.out.print(report);
    }
  }

  private static byte[] make(
      Handouts handouts, LibraryReader library, Messages messages, String id, TypeSize size)
      throws Exception {
    List<Handout> found = handouts.forIds(library, List.of(id), List.of());
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new HandoutPdf(messages).write(found, Paper.LETTER, size, LocalDate.now(), pdf);
    return pdf.toByteArray();
  }

  interface Work {
    Object run() throws Exception;
  }

  private static double time(Work work) throws Exception {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }
}
