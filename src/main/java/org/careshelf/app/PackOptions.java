package org.careshelf.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careshelf.library.LibraryVersion;

/**
 * The options of {@code compile}, {@code pack} and {@code keygen}: the library's version and date,
 * {@code --lenient}, the private key and the file or folder to write.
 */
record PackOptions(LibraryVersion version, LocalDate date, boolean lenient, Path key, Path out) {

  static final PackOptions NONE = new PackOptions(null, null, false, null, null);

  /** Which command takes which option. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "compile", Set.of("--version", "--date", "--lenient"),
          "pack", Set.of("--version", "--date", "--lenient", "--key", "--out"),
          "keygen", Set.of("--out"),
          "handout", Set.of("--out"),
          "speak", Set.of("--out"));

  /** Collects the options as the command line is read, and checks them against the command. */
  static final class Builder {
    private LibraryVersion version;
    private LocalDate date;
    private boolean lenient;
    private Path key;
    private Path out;
    private final List<String> given = new ArrayList<>();

    boolean accepts(String arg) {
      return arg.equals("--lenient")
          || Set.of("--version", "--date", "--key", "--out").contains(arg.split("=", 2)[0]);
    }

    /** Reads the option at {@code args[i]}; returns how many more arguments it took. */
    int take(String[] args, int i) throws CommandLine.UsageException {
      String arg = args[i];
      String option = arg.split("=", 2)[0];
      given.add(option);
      if (option.equals("--lenient")) {
        lenient = true;
        return 0;
      }
      String value =
          CommandLine.value(
              args,
              i,
              option,
              switch (option) {
                case "--version" -> "a version, as in --version 2026.12.1";
                case "--date" -> "a date, as in --date 2026-12-01";
                case "--key" -> "a private key file, as in --key keys/private.key";
                default -> "a path, as in --out library.careshelf";
              });
      switch (option) {
        case "--version" ->
            version =
                LibraryVersion.parse(value.strip())
                    .orElseThrow(
                        () ->
                            new CommandLine.UsageException(
                                "--version is " + LibraryVersion.FORMAT + ", not '" + value + "'"));
        case "--date" -> {
          try {
            date = LocalDate.parse(value.strip());
          } catch (DateTimeParseException e) {
            throw new CommandLine.UsageException(
                "--date is a date as YYYY-MM-DD, not '" + value + "'");
          }
        }
        case "--key" -> key = CommandLine.path(value, "--key");
        default -> out = CommandLine.path(value, "--out");
      }
      return arg.contains("=") ? 0 : 1;
    }

    /** The options for {@code command}, refusing one it does not take or missing one it needs. */
    PackOptions build(String command) throws CommandLine.UsageException {
      Set<String> allowed = ALLOWED.getOrDefault(command, Set.of());
      for (String option : given) {
        if (!allowed.contains(option)) {
          throw new CommandLine.UsageException(
              option + " is only for the " + commandsTaking(option) + " command");
        }
      }
      List<String> needed =
          switch (command) {
            case "pack" -> List.of("--key", "--version", "--out");
            case "keygen" -> List.of("--out");
            default -> List.of();
          };
      for (String option : needed) {
        if (!given.contains(option)) {
          throw new CommandLine.UsageException(command + " needs " + option);
        }
      }
      return new PackOptions(version, date, lenient, key, out);
    }

    private static String commandsTaking(String option) {
      return String.join(
          " and ",
          ALLOWED.entrySet().stream()
              .filter(e -> e.getValue().contains(option))
              .map(Map.Entry::getKey)
              .sorted()
              .toList());
    }
  }
}
