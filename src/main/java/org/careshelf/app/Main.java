package org.careshelf.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.careshelf.content.ClinicFile;
import org.careshelf.content.LibraryReport;
import org.careshelf.library.Article;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.LibraryInfo;
import org.careshelf.library.LibraryInstaller;
import org.careshelf.library.LibraryReader;
import org.careshelf.sqlite.StoreException;
import org.careshelf.ui.kiosk.KioskPin;

/**
 * The program's entry point: runs a command, or opens the reader. A plain class rather than the
 * {@code Application}, so the jar starts with JavaFX on the class path and commands never load it.
 */
public final class Main {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private Main() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status >= 0) {
      System.exit(status);
    }
  }

  /** Runs the command line; returns the exit status, or -1 when the window was opened. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, SettingsFile.file(), out, err);
  }

  /** Runs the command line with the system-wide settings in {@code settingsFile}. */
  static int run(String[] args, Path settingsFile, PrintStream out, PrintStream err) {
    CommandLine line;
    try {
      line = CommandLine.parse(args);
    } catch (CommandLine.UsageException e) {
      err.println("careshelf: " + e.getMessage() + ". Try 'careshelf --help'.");
      return USAGE;
    }
    if (line.command() == CommandLine.Command.CHECK_SETTINGS) {
      return CheckSettingsCommand.run(
          line.arguments().isEmpty() ? settingsFile : Path.of(line.arguments().get(0)), out, err);
    }
    SystemSettings settings;
    try {
      settings = SystemSettings.load(settingsFile);
    } catch (SystemSettings.Problem e) {
      err.println("careshelf: " + e.getMessage());
      if (line.command() == CommandLine.Command.OPEN) {
        CareShelfApp.open(args); // shows the problem in a window, for who started it from a menu
        return -1;
      }
      return USAGE;
    }
    try {
      return switch (line.command()) {
        case HELP -> {
          out.print(CommandLine.USAGE);
          out.println("\nSettings for every user of this computer are read from " + settingsFile);
          yield OK;
        }
        case VERSION -> {
          out.println("CareShelf " + version());
          yield OK;
        }
        case COMPILE -> {
          List<Path> paths = line.arguments().stream().map(Path::of).toList();
          yield CompileCommand.run(
              paths.subList(0, paths.size() - 1),
              paths.get(paths.size() - 1),
              line.pack(),
              out,
              err);
        }
        case PACK ->
            PackCommands.pack(
                line.arguments().stream().map(Path::of).toList(), line.pack(), out, err);
        case KEYGEN -> PackCommands.keygen(line.pack().out(), out, err);
        case INSTALL_LIBRARY ->
            PackCommands.install(
                Path.of(line.arguments().get(0)), line.folders(settings), settings, out, err);
        case CHECK_SETTINGS -> throw new IllegalStateException("checked before the settings");
        case LIST -> list(install(line.folders(settings), settings), out);
        case REPORT ->
            report(
                line.arguments().isEmpty()
                    ? install(line.folders(settings), settings)
                    : Path.of(line.arguments().get(0)),
                out);
        case SEARCH -> SearchCommand.run(line, install(line.folders(settings), settings), out);
        case HANDOUT ->
            HandoutCommand.run(
                line,
                line.folders(settings),
                () -> install(line.folders(settings), settings),
                // The clinic's numbers on every handout; a bad clinic file prints without them.
                settings.clinic().flatMap(file -> ClinicFile.read(file).clinic()),
                out,
                err);
        case SPEAK -> SpeakCommand.run(line, line.folders(settings), out, err);
        case KIOSK_PIN -> kioskPin(System.in, out, err);
        case OPEN -> {
          if (line.kiosk() || settings.kiosk()) {
            try {
              settings.kioskToStart(settingsFile);
            } catch (SystemSettings.Problem e) {
              err.println("careshelf: " + e.getMessage());
              yield USAGE;
            }
          }
          try {
            CareShelfApp.open(args);
          } catch (UnsupportedOperationException e) {
            // JavaFX's words for a machine with no display, as over ssh: "Unable to open DISPLAY".
            err.println(
                "careshelf: there is no display to open the window on; the commands work without"
                    + " one (careshelf --help).");
            yield FAILED;
          }
          yield -1;
        }
      };
    } catch (StoreException e) {
      err.println("careshelf: " + e.getMessage());
      return FAILED;
    } catch (Exception e) {
      err.println("careshelf: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return FAILED;
    } catch (Error e) {
      return failed(e, err);
    }
  }

  /**
   * Reads a staff PIN from {@code in} (never from the command line, where other users of the
   * computer could see it) and prints the settings line with its salted hash.
   */
  static int kioskPin(java.io.InputStream in, PrintStream out, PrintStream err)
      throws java.io.IOException {
    String pin =
        new java.io.BufferedReader(
                new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))
            .readLine();
    if (pin == null || !KioskPin.isValidPin(pin.strip())) {
      err.println(
          "careshelf: a kiosk PIN is "
              + KioskPin.SHORTEST
              + " to "
              + KioskPin.LONGEST
              + " digits, typed on one line.");
      return USAGE;
    }
    out.println("kiosk-pin-hash = " + KioskPin.hash(pin.strip()));
    return OK;
  }

  /**
   * One line for an {@link Error} (the compiler refuses deep nesting and huge files itself; this is
   * the last line of defence), never a stack trace.
   */
  static int failed(Error e, PrintStream err) {
    if (e instanceof StackOverflowError) {
      err.println("careshelf: a file is nested too deeply to read (StackOverflowError).");
    } else if (e instanceof OutOfMemoryError) {
      err.println("careshelf: not enough memory; a file may be far too large (OutOfMemoryError).");
    } else {
      err.println("careshelf: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return FAILED;
  }

  /**
   * The library the reader reads in {@code folders}: the bundled one, or a newer pack installed
   * there and signed by a key the settings trust.
   */
  static Path install(DataFolders folders, SystemSettings settings) {
    return LibraryInstaller.install(folders.library(), folders.user(), settings.trustedKeys());
  }

  private static int list(Path library, PrintStream out) {
    try (LibraryReader store = LibraryReader.open(library)) {
      for (ArticleSummary article : store.articleSummaries()) {
        out.println(article.id() + "\t" + article.title());
      }
    }
    return OK;
  }

  private static int report(Path library, PrintStream out) {
    try (LibraryReader store = LibraryReader.open(library)) {
      List<Article> articles = new ArrayList<>();
      for (ArticleSummary summary : store.articleSummaries()) {
        store.article(summary.id()).ifPresent(articles::add);
      }
      out.print(LibraryReport.of(articles, store.glossary(), store.glossaryLinks()).format());
      LibraryInfo info = store.info();
      out.println(
          "Library version: " + info.version() + info.date().map(d -> " of " + d).orElse(""));
      List<String> warnings = store.warnings();
      out.println(
          "Warnings from a lenient compile ("
              + warnings.size()
              + "): "
              + (warnings.isEmpty() ? "none" : ""));
      warnings.forEach(w -> out.println("  " + w));
    }
    return OK;
  }

  private static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version != null ? version : "(development build)";
  }
}
