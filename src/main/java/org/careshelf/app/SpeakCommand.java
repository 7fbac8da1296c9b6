package org.careshelf.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.careshelf.content.Passages;
import org.careshelf.library.Article;
import org.careshelf.library.LibraryInstaller;
import org.careshelf.library.LibraryReader;
import org.careshelf.library.Respelling;
import org.careshelf.speech.Engines;
import org.careshelf.speech.Pace;
import org.careshelf.speech.Pronunciation;
import org.careshelf.speech.Recording;
import org.careshelf.speech.Script;
import org.careshelf.speech.Speech;
import org.careshelf.speech.Wav;

/**
 * {@code careshelf speak ID --out FILE.wav}: an article read aloud into an audio file, by the
 * system's own speech, for a kiosk's headphones or a patient's phone.
 */
final class SpeakCommand {

  private SpeakCommand() {}

  /** Writes the article; returns the exit status. Arguments: id, file, pace, and a library. */
  static int run(CommandLine line, DataFolders folders, PrintStream out, PrintStream err) {
    return run(line, folders, Engines.find(), out, err);
  }

  static int run(
      CommandLine line,
      DataFolders folders,
      Optional<Speech> engine,
      PrintStream out,
      PrintStream err) {
    String id = line.arguments().get(0);
    Path file = Path.of(line.arguments().get(1)).toAbsolutePath();
    Pace pace = Pace.of(line.arguments().get(2)).orElse(Pace.NORMAL);
    Path folder = file.getParent();
    if (Files.isDirectory(file) || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
      err.println(
          "careshelf: cannot write " + file + ": its folder does not exist or is not writable.");
      return Main.USAGE;
    }
    if (engine.isEmpty() || !engine.get().canWrite()) {
      err.println(
          "careshelf: "
              + engine
                  .map(e -> e.name() + " cannot write audio files")
                  .orElse("no speech engine found")
              + "; "
              + hint()
              + ".");
      return Main.USAGE;
    }
    Path library =
        line.arguments().size() > 3
            ? Path.of(line.arguments().get(3))
            : LibraryInstaller.install(folders.library(), folders.user());
    Article article;
    Map<String, String> respellings;
    try (LibraryReader store = LibraryReader.open(library)) {
      Optional<Article> found = store.article(id);
      if (found.isEmpty()) {
        err.println("careshelf: no article has the id '" + id + "' ('careshelf list' lists them).");
        return Main.USAGE;
      }
      article = found.get();
      respellings =
          store.respellings().stream()
              .collect(Collectors.toMap(Respelling::written, Respelling::say, (a, b) -> a));
    }
    Script script =
        Script.of(
            Passages.of(article.title(), article.summary(), article.body()),
            new Pronunciation(respellings));
    try {
      Wav wav = Recording.write(engine.get(), script, pace, file);
      out.printf(
          java.util.Locale.ROOT,
          "Wrote %s: %d sentences, %.1f s, by %s.%n",
          file,
          script.lines().size(),
          wav.frames() / (double) wav.sampleRate(),
          engine.get().name());
      return Main.OK;
    } catch (IOException e) {
      err.println("careshelf: cannot write " + file + ": " + e.getMessage());
      return Main.FAILED;
    }
  }

  /** How many words the article's script says: what the test of its length compares with. */
  static long spokenWords(String id, DataFolders folders) {
    Path library = LibraryInstaller.install(folders.library(), folders.user());
    try (LibraryReader store = LibraryReader.open(library)) {
      Article a = store.article(id).orElseThrow();
      Script script = Script.of(Passages.of(a.title(), a.summary(), a.body()), Pronunciation.NONE);
      return script.lines().stream().mapToLong(l -> l.spoken().split("\\s+").length).sum();
    }
  }

  /** What to install for speech that writes files, on this system. */
  static String hint() {
    return switch (Engines.Family.of(System.getProperty("os.name", ""))) {
      case LINUX -> "install espeak-ng (sudo apt install espeak-ng)";
      case MAC -> "macOS's say command is missing from /usr/bin";
      case WINDOWS -> "Windows PowerShell is missing";
    };
  }
}
