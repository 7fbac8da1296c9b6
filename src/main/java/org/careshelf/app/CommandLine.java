package org.careshelf.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line, parsed: which command to run, its arguments and the data folder. */
record CommandLine(Command command, List<String> arguments, Path dataDir) {

  /** What the user asked for. */
  enum Command {
    OPEN,
    COMPILE,
    LIST,
    HELP,
    VERSION
  }

  static final String USAGE =
      """
      Usage: careshelf [--data-dir DIR]                   open the reader
             careshelf [--data-dir DIR] list              print the id and title of each article
             careshelf compile ARTICLES-DIR OUT.db        check articles and write a library file
             careshelf --help | --version

      Options:
        --data-dir DIR   keep the library copy and the reader's data in DIR instead of the
                         platform's per-user data folder
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
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        return new CommandLine(Command.HELP, List.of(), null);
      } else if (arg.equals("--version")) {
        return new CommandLine(Command.VERSION, List.of(), null);
      } else if (arg.equals("--data-dir") || arg.startsWith("--data-dir=")) {
        String value;
        if (arg.contains("=")) {
          value = arg.substring(arg.indexOf('=') + 1);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw new UsageException("--data-dir needs a folder, as in --data-dir /path/to/folder");
        }
        dataDir = path(value, "--data-dir");
      } else if (arg.startsWith("-")) {
        throw new UsageException("unknown option '" + arg + "'");
      } else {
        words.add(arg);
      }
    }
    if (words.isEmpty()) {
      return new CommandLine(Command.OPEN, List.of(), dataDir);
    }
    String name = words.get(0);
    List<String> rest = List.copyOf(words.subList(1, words.size()));
    return switch (name) {
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
      case "help" -> new CommandLine(Command.HELP, List.of(), dataDir);
      default -> throw new UsageException("unknown command '" + name + "'");
    };
  }

  /** The data folder asked for, else the administrator's, else the platform's default. */
  Path dataDirOrDefault(SystemSettings settings) {
    return dataDir != null ? dataDir : settings.dataDir().orElseGet(DataDirs::defaultDir);
  }

  private static Path path(String value, String what) throws UsageException {
    if (value.isBlank()) {
      throw new UsageException(what + " is empty");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException(what + " is not a valid path: " + value);
    }
  }
}
