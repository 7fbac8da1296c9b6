package org.careshelf.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.careshelf.search.SearchEngine;

/**
 * The command line, parsed: which command to run, its arguments, the data folder and, for a search,
 * its options.
 */
record CommandLine(
    Command command, List<String> arguments, Path dataDir, SearchOptions search, boolean kiosk) {

  CommandLine(Command command, List<String> arguments, Path dataDir) {
    this(command, arguments, dataDir, null, false);
  }

  /** How to search: at most {@code limit} results, as JSON or text, in {@code db} if given. */
  record SearchOptions(int limit, boolean json, Path db) {}

  /** What the user asked for. */
  enum Command {
    OPEN,
    COMPILE,
    LIST,
    REPORT,
    SEARCH,
    SPEAK,
    KIOSK_PIN,
    HELP,
    VERSION
  }

  static final String USAGE =
      """
      Usage: careshelf [--data-dir DIR] [--kiosk]         open the reader (--kiosk: as a kiosk)
             careshelf [--data-dir DIR] list              print the id and title of each article
             careshelf search "QUERY" [--limit N] [--json] [--db FILE]
                                                     search the library, best results first
             careshelf compile ARTICLES-DIR OUT.db        check articles and write a library file
             careshelf [--data-dir DIR] report [--db FILE]
                                                          print each article's words, reading
                                                          grade, glossary terms, sources and
                                                          review date, then the totals
             careshelf speak ID --out FILE.wav [--pace slower|normal|faster] [--db FILE]
                                                          write an article read aloud as a WAV
                                                          file (with the system's own speech)
             careshelf kiosk-pin                          read a staff PIN (4 to 12 digits)
                                                          from standard input and print the
                                                          kiosk-pin-hash line for the settings
             careshelf --help | --version

      Options:
        --data-dir DIR   keep the library copy and the reader's data in DIR instead of the
                         platform's per-user data folder
        --kiosk          open as a waiting-room kiosk, as the setting mode = kiosk does
        --limit N        search: show at most N results (1 to 1000, default 10)
        --json           search: print the results as JSON
        --db FILE        search, report, speak: use this library file instead of the bundled
                         library
        --out FILE.wav   speak: the audio file to write
        --pace PACE      speak: slower, normal (the default) or faster
      """;

  /** Thrown for arguments that make no sense, with a one-line message for the user. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  /** Parses the arguments of {@code main}. */
  static CommandLine parse(String[] args) throws UsageException {
    Path dataDir = null;
    List<String> words = new ArrayList<>();
    Integer limit = null;
    boolean json = false;
    Path db = null;
    // Options that belong to one command, to refuse them with any other.
    List<String> searchOptions = new ArrayList<>();
    boolean onlyWords = false;
    boolean kiosk = false;
    String out = null;
    String pace = null;
    List<String> speakOptions = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (onlyWords) {
        words.add(arg);
      } else if (arg.equals("--")) {
        onlyWords = true;
      } else if (arg.equals("--limit") || arg.startsWith("--limit=")) {
        limit = limit(value(args, i, "--limit", "a number, as in --limit 10"));
        i += arg.contains("=") ? 0 : 1;
        searchOptions.add("--limit");
      } else if (arg.equals("--json")) {
        json = true;
        searchOptions.add("--json");
      } else if (arg.equals("--db") || arg.startsWith("--db=")) {
        db = path(value(args, i, "--db", "a library file, as in --db content.db"), "--db");
        i += arg.contains("=") ? 0 : 1;
      } else if (arg.equals("--out") || arg.startsWith("--out=")) {
        out = path(value(args, i, "--out", "a file, as in --out article.wav"), "--out").toString();
        i += arg.contains("=") ? 0 : 1;
        speakOptions.add("--out");
      } else if (arg.equals("--pace") || arg.startsWith("--pace=")) {
        pace = value(args, i, "--pace", "slower, normal or faster");
        if (org.careshelf.speech.Pace.of(pace).isEmpty()) {
          throw new UsageException("--pace is slower, normal or faster, not '" + pace + "'");
        }
        i += arg.contains("=") ? 0 : 1;
        speakOptions.add("--pace");
      } else if (arg.equals("--kiosk")) {
        kiosk = true;
      } else if (arg.equals("--help") || arg.equals("-h")) {
        return new CommandLine(Command.HELP, List.of(), null);
      } else if (arg.equals("--version")) {
        return new CommandLine(Command.VERSION, List.of(), null);
      } else if (arg.equals("--data-dir") || arg.startsWith("--data-dir=")) {
        dataDir =
            path(
                value(args, i, "--data-dir", "a folder, as in --data-dir /path/to/folder"),
                "--data-dir");
        i += arg.contains("=") ? 0 : 1;
      } else if (arg.startsWith("-")) {
        throw new UsageException("unknown option '" + arg + "'");
      } else {
        words.add(arg);
      }
    }
    String name = words.isEmpty() ? "" : words.get(0);
    if (!searchOptions.isEmpty() && !name.equals("search")) {
      throw new UsageException(searchOptions.get(0) + " is only for the search command");
    }
    if (!speakOptions.isEmpty() && !name.equals("speak")) {
      throw new UsageException(speakOptions.get(0) + " is only for the speak command");
    }
    if (db != null && !List.of("search", "report", "speak").contains(name)) {
      throw new UsageException("--db is only for the search, report and speak commands");
    }
    if (kiosk && !words.isEmpty()) {
      throw new UsageException("--kiosk is only for opening the reader");
    }
    if (words.isEmpty()) {
      return new CommandLine(Command.OPEN, List.of(), dataDir, null, kiosk);
    }
    List<String> rest = List.copyOf(words.subList(1, words.size()));
    return switch (name) {
      case "search" -> {
        String query = String.join(" ", rest);
        if (query.isBlank()) {
          throw new UsageException("search needs something to look for, as in search \"car t\"");
        }
        yield new CommandLine(
            Command.SEARCH,
            List.of(query),
            dataDir,
            new SearchOptions(limit == null ? SearchEngine.DEFAULT_LIMIT : limit, json, db),
            false);
      }
      case "compile" -> {
        if (rest.size() != 2) {
          throw new UsageException("compile needs two arguments: ARTICLES-DIR OUT.db");
        }
        path(rest.get(0), "ARTICLES-DIR");
        path(rest.get(1), "OUT.db");
        yield new CommandLine(Command.COMPILE, rest, dataDir);
      }
      case "list" -> {
        if (!rest.isEmpty()) {
          throw new UsageException("list takes no arguments");
        }
        yield new CommandLine(Command.LIST, rest, dataDir);
      }
      case "report" -> {
        if (!rest.isEmpty()) {
          throw new UsageException("report takes no arguments; name a library with --db FILE");
        }
        yield new CommandLine(
            Command.REPORT, db == null ? List.of() : List.of(db.toString()), dataDir);
      }
      case "speak" -> {
        if (rest.size() != 1 || out == null) {
          throw new UsageException(
              "speak needs an article id and a file, as in speak ID --out a.wav");
        }
        List<String> speak =
            new ArrayList<>(List.of(rest.get(0), out, pace == null ? "normal" : pace));
        if (db != null) {
          speak.add(db.toString());
        }
        yield new CommandLine(Command.SPEAK, List.copyOf(speak), dataDir);
      }
      case "kiosk-pin" -> {
        if (!rest.isEmpty()) {
          throw new UsageException(
              "kiosk-pin reads the PIN from standard input, never from the command line");
        }
        yield new CommandLine(Command.KIOSK_PIN, rest, dataDir);
      }
      case "help" -> new CommandLine(Command.HELP, List.of(), dataDir);
      default -> throw new UsageException("unknown command '" + name + "'");
    };
  }

  private static String value(String[] args, int i, String option, String example)
      throws UsageException {
    String arg = args[i];
    if (arg.contains("=")) {
      return arg.substring(arg.indexOf('=') + 1);
    }
    if (i + 1 < args.length) {
      return args[i + 1];
    }
    throw new UsageException(option + " needs " + example);
  }

  private static int limit(String value) throws UsageException {
    try {
      int limit = Integer.parseInt(value.strip());
      if (SearchEngine.limit(limit) == limit) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below, with the range
    }
    throw new UsageException(
        "--limit needs a whole number from "
            + SearchEngine.MIN_LIMIT
            + " to "
            + SearchEngine.MAX_LIMIT
            + ", not '"
            + value
            + "'");
  }

  /**
   * The data folders: the one asked for on the command line (one reader's), else the folder the
   * administrator shares among every user, else the platform's per-user folder.
   */
  DataFolders folders(SystemSettings settings) {
    if (dataDir != null) {
      return DataFolders.single(dataDir);
    }
    return settings
        .dataDir()
        .map(shared -> DataFolders.shared(shared, System.getProperty("user.name")))
        .orElseGet(() -> DataFolders.single(DataDirs.defaultDir()));
  }

  private static Path path(String value, String what) throws UsageException {
    if (value.isBlank()) {
      throw new UsageException(what + " is empty");
    }
    if (value.indexOf('\uFFFD') >= 0) {
      // Bytes that are not text in this system's encoding arrive as U+FFFD: another path.
      throw new UsageException(what + " holds bytes that are not text in this system's encoding");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException(what + " is not a valid path: " + value);
    }
  }
}
