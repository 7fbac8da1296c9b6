package org.careshelf.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.careshelf.content.Passages;
import org.careshelf.library.Article;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.LibraryReader;
import org.careshelf.library.Respelling;
import org.careshelf.speech.Engines;
import org.careshelf.speech.Pace;
import org.careshelf.speech.Pronunciation;
import org.careshelf.speech.Script;
import org.careshelf.speech.Speech;
import org.careshelf.speech.Utterance;

/**
 * The read-aloud benchmark (not a test): for every bundled article, the time from pressing Read
 * aloud to the first sound, measured as the view model's path to it: the article's script built,
 * the engine's program started with the first line, and that program's first byte of audio (an
 * espeak-ng with {@code --stdout} instead of the sound card, which this machine lacks). Starting
 * from the title and from the middle of the article. Run it with {@code mvn -Pbench verify}; it
 * writes {@code target/bench/speech-results.md}.
 */
public final class SpeechBenchmark {

  static final int ROUNDS = 3;
  static final int WAV_HEADER = 44;

  private SpeechBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path library = Path.of(args[0]);
    Path out = Path.of(args.length > 1 ? args[1] : "target/bench");
    Optional<Speech> engine = Engines.find();
    Optional<Path> espeak = onPath("espeak-ng");
    if (engine.isEmpty() || espeak.isEmpty()) {
      System.out.println("Speech benchmark: espeak-ng is not installed; nothing measured.");
      return;
    }
    List<Article> articles = new ArrayList<>();
    Pronunciation pronunciation;
    try (LibraryReader store = LibraryReader.open(library)) {
      for (ArticleSummary summary : store.articleSummaries()) {
        store.article(summary.id()).ifPresent(articles::add);
      }
      Map<String, String> respellings =
          store.respellings().stream()
              .collect(Collectors.toMap(Respelling::written, Respelling::say, (a, b) -> a));
      pronunciation = new Pronunciation(respellings);
    }
    List<Double> script = new ArrayList<>();
    List<Double> start = new ArrayList<>();
    List<Double> firstAudio = new ArrayList<>();
    List<Double> total = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (Article a : articles) {
        for (boolean middle : new boolean[] {false, true}) {
          long t0 = System.nanoTime();
          Script s = Script.of(Passages.of(a.title(), a.summary(), a.body()), pronunciation);
          String words = s.lines().get(middle ? s.lines().size() / 2 : 0).spoken();
          long t1 = System.nanoTime();
          // The engine as the window uses it: started, then stopped at once (no sound card here).
          Utterance said = engine.get().speak(words, Pace.NORMAL);
          long t2 = System.nanoTime();
          said.stop();
          said.done().join();
          double audio = firstAudioByte(espeak.get(), words);
          if (round > 0) {
            script.add((t1 - t0) / 1e6);
            start.add((t2 - t1) / 1e6);
            firstAudio.add(audio);
            total.add((t1 - t0) / 1e6 + audio);
          }
        }
      }
    }
    String report =
        String.format(
            Locale.ROOT,
            "# Read aloud: pressing Read aloud to the first sound%n%n"
                + "%d articles, from the title and from the middle, %d rounds after one to warm"
                + " up (%d starts), %s on %d cores.%n%n"
                + "| step | p50 ms | p95 ms | max ms |%n|---|---:|---:|---:|%n"
                + "| the article's script (Markdown, sentences, respellings) | %s |%n"
                + "| the engine's program started with the first line | %s |%n"
                + "| program start to its first audio sample (espeak-ng --stdout, after the header) | %s |%n"
                + "| **press to first sound** (script + start to first audio) | %s |%n",
            articles.size(),
            ROUNDS - 1,
            total.size(),
            engine.get().name(),
            Runtime.getRuntime().availableProcessors(),
            row(script),
            row(start),
            row(firstAudio),
            row(total));
    System.out.print(report);
    Files.createDirectories(out);
    Files.writeString(out.resolve("speech-results.md"), report);
  }

  /** Milliseconds from starting espeak-ng with {@code words} to the first byte it writes. */
  static double firstAudioByte(Path espeak, String words) throws Exception {
    long t0 = System.nanoTime();
    Process p =
        new ProcessBuilder(espeak.toString(), "-b", "1", "-s", "175", "--stdout", "--stdin")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(words.getBytes(StandardCharsets.UTF_8));
    }
    double ms;
    try (InputStream audio = p.getInputStream()) {
      // The WAV header comes before any synthesis: the first sample is the byte after it.
      byte[] header = audio.readNBytes(WAV_HEADER);
      if (header.length < WAV_HEADER || audio.read() < 0) {
        throw new IllegalStateException("espeak-ng wrote no audio");
      }
      ms = (System.nanoTime() - t0) / 1e6;
      audio.transferTo(OutputStream.nullOutputStream());
    }
    p.waitFor();
    return ms;
  }

  static String row(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return String.format(
        Locale.ROOT,
        "%.1f | %.1f | %.1f",
        at(sorted, 0.5),
        at(sorted, 0.95),
        sorted.get(sorted.size() - 1));
  }

  static double at(List<Double> sorted, double q) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
  }

  static Optional<Path> onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
