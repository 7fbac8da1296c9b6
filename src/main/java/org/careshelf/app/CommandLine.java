package org.careshelf.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.careshelf.handout.Paper;
import org.careshelf.handout.TypeSize;
import org.careshelf.search.SearchEngine;

/**
 * The command line, parsed: which command to run, its arguments, the data folder and, for a search,
 * its options.
 */
record CommandLine(
    Command command,
    List<String> arguments,
    Path dataDir,
    SearchOptions search,
    boolean kiosk,
    HandoutOptions handout,
    PackOptions pack) {

  CommandLine(Command command, List<String> arguments, Path dataDir) {
    this(command, arguments, dataDir, null, false, null, PackOptions.NONE);
  }

  CommandLine(
      Command command, List<String> arguments, Path dataDir, SearchOptions search, boolean kiosk) {
    this(command, arguments, dataDir, search, kiosk, null, PackOptions.NONE);
  }

  /** Where a handout goes, on which paper, at which size, from {@code db} if given. */
  record HandoutOptions(Path out, Paper paper, TypeSize size, Path db) {}

  /** How to search: at most {@code limit} results, as JSON or text, in {@code db} if given. */
  record SearchOptions(int limit, boolean json, Path db) {}

  /** What the user asked for. */
  enum Command {
    OPEN,
    COMPILE,
    CHECK_SETTINGS,
    KEYGEN,
    PACK,
    INSTALL_LIBRARY,
    LIST,
    REPORT,
    SEARCH,
    HANDOUT,
    SPEAK,
    KIOSK_PIN,
    HELP,
    VERSION
  }

  /** What --help prints: every command and option, kept in {@code usage.txt} beside this class. */
  static final String USAGE = usage();

  private static String usage() {
    try (java.io.InputStream in = CommandLine.class.getResourceAsStream("usage.txt")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("usage.txt is missing from the application", e);
    }
  }

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
    Paper paper = null;
    boolean large = false;
    // Options of the handout command, to refuse them with any other.
    List<String> handoutOptions = new ArrayList<>();
    PackOptions.Builder pack = new PackOptions.Builder();
    String pace = null;
    // Options of the speak command, to refuse them with any other.
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
      } else if (arg.equals("--paper") || arg.startsWith("--paper=")) {
        String name = value(args, i, "--paper", "letter or a4, as in --paper a4");
        paper =
            Paper.named(name)
                .orElseThrow(
                    () -> new UsageException("--paper is letter or a4, not '" + name + "'"));
        i += arg.contains("=") ? 0 : 1;
        handoutOptions.add("--paper");
      } else if (arg.equals("--large")) {
        large = true;
        handoutOptions.add("--large");
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
      } else if (arg.equals("--version") && (i + 1 >= args.length || args[i + 1].startsWith("-"))) {
        return new CommandLine(Command.VERSION, List.of(), null);
      } else if (pack.accepts(arg)) {
        i += pack.take(args, i);
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
    if (!handoutOptions.isEmpty() && !name.equals("handout")) {
      throw new UsageException(handoutOptions.get(0) + " is only for the handout command");
    }
    if (!speakOptions.isEmpty() && !name.equals("speak")) {
      throw new UsageException(speakOptions.get(0) + " is only for the speak command");
    }
    if (db != null && !List.of("search", "report", "handout", "speak").contains(name)) {
      throw new UsageException("--db is only for the search, report, handout and speak commands");
    }
    if (kiosk && !words.isEmpty()) {
      throw new UsageException("--kiosk is only for opening the reader");
    }
    PackOptions packOptions = pack.build(name);
    // --out is one option of several commands: the handout's PDF, the pack, keygen's folder.
    Path out = packOptions.out();
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
      case "handout" -> {
        if (rest.isEmpty()) {
          throw new UsageException(
              "handout needs the id of an article, as in handout safety-card --out card.pdf");
        }
        if (out == null) {
          throw new UsageException("handout needs --out FILE.pdf, the file to write");
        }
        yield new CommandLine(
            Command.HANDOUT,
            rest,
            dataDir,
            null,
            false,
            new HandoutOptions(
                out,
                paper != null
                    ? paper
                    : Paper.forCountry(java.util.Locale.getDefault().getCountry()),
                large ? TypeSize.LARGE : TypeSize.NORMAL,
                db),
            PackOptions.NONE);
      }
      case "compile" -> {
        if (rest.size() < 2) {
          throw new UsageException(
              "compile needs a folder of articles and a library file: ARTICLES-DIR OUT.db");
        }
        for (String folder : rest) {
          path(folder, "ARTICLES-DIR");
        }
        yield new CommandLine(Command.COMPILE, rest, dataDir, null, false, null, packOptions);
      }
      case "pack" -> {
        if (rest.isEmpty()) {
          throw new UsageException("pack needs a folder of articles: pack ARTICLES-DIR --key ...");
        }
        for (String folder : rest) {
          path(folder, "ARTICLES-DIR");
        }
        yield new CommandLine(Command.PACK, rest, dataDir, null, false, null, packOptions);
      }
      case "keygen" -> {
        if (!rest.isEmpty()) {
          throw new UsageException("keygen takes only --out DIR");
        }
        yield new CommandLine(Command.KEYGEN, rest, dataDir, null, false, null, packOptions);
      }
      case "install-library" -> {
        if (rest.size() != 1) {
          throw new UsageException("install-library needs one pack file: install-library FILE");
        }
        path(rest.get(0), "FILE");
        yield new CommandLine(Command.INSTALL_LIBRARY, rest, dataDir);
      }
      case "check-settings" -> {
        if (rest.size() > 1) {
          throw new UsageException("check-settings takes at most one settings file");
        }
        for (String file : rest) {
          path(file, "FILE");
        }
        yield new CommandLine(Command.CHECK_SETTINGS, rest, dataDir);
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
            new ArrayList<>(List.of(rest.get(0), out.toString(), pace == null ? "normal" : pace));
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

  static String value(String[] args, int i, String option, String example) throws UsageException {
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

  static Path path(String value, String what) throws UsageException {
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
