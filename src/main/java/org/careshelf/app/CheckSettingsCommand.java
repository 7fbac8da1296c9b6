package org.careshelf.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careshelf.content.Clinic;
import org.careshelf.content.ClinicFile;
import org.careshelf.content.Problem;

/**
 * {@code careshelf check-settings [FILE]}: checks a settings file and the clinic file it names
 * without starting CareShelf, prints every problem as {@code file:line: message}, and exits 0 when
 * there is none, 2 otherwise, so an administrator can test a file before rolling it out.
 */
final class CheckSettingsCommand {

  private CheckSettingsCommand() {}

  static int run(Path file, PrintStream out, PrintStream err) {
    List<String> problems = new ArrayList<>();
    SystemSettings settings;
    try {
      settings = SystemSettings.load(file);
    } catch (SystemSettings.Problem e) {
      problems.addAll(e.problems());
      settings = e.readable().orElse(SystemSettings.NONE);
    }
    Optional<Clinic> clinic = Optional.empty();
    if (settings.clinic().isPresent()) {
      ClinicFile.Result read = ClinicFile.read(settings.clinic().get());
      read.problems().stream().map(Problem::toString).forEach(problems::add);
      clinic = read.clinic();
    }
    if (!problems.isEmpty()) {
      problems.forEach(err::println);
      err.println(
          "careshelf: "
              + problems.size()
              + (problems.size() == 1 ? " problem" : " problems")
              + "; CareShelf would refuse these settings or start without the clinic's details.");
      return Main.USAGE;
    }
    out.println(
        file
            + ": no problems"
            + (java.nio.file.Files.exists(file) ? "." : " (no such file: nothing is set)."));
    if (clinic.isPresent()) {
      Clinic c = clinic.get();
      out.println(
          settings.clinic().get()
              + ": "
              + c.name()
              + ", "
              + c.phones().size()
              + (c.phones().size() == 1 ? " phone number." : " phone numbers."));
    }
    int keys = settings.trustedKeys().size() - 1;
    if (keys > 0) {
      out.println(
          "Library packs signed by the project or by "
              + keys
              + (keys == 1 ? " other key are installed." : " other keys are installed."));
    }
    return Main.OK;
  }
}
