package org.careshelf.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.careshelf.handout.HandoutFile;
import org.careshelf.handout.HandoutPdf;
import org.careshelf.handout.Handouts;
import org.careshelf.handout.Question;
import org.careshelf.library.LibraryReader;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Messages;

/** {@code careshelf handout}: articles, glossary entries or the reader's questions as one PDF. */
final class HandoutCommand {

  private HandoutCommand() {}

  /** Writes the PDF, or says in one line why not (exit status 2) and leaves no file behind. */
  static int run(
      CommandLine line,
      DataFolders folders,
      java.util.function.Supplier<java.nio.file.Path> installed,
      Optional<org.careshelf.content.Clinic> clinic,
      PrintStream out,
      PrintStream err)
      throws IOException {
    CommandLine.HandoutOptions options = line.handout();
    Path target = options.out().toAbsolutePath();
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      err.println(
          "careshelf: there is no folder " + folder + " to write " + options.out() + " in.");
      return Main.USAGE;
    }
    if (Files.isDirectory(target)) {
      err.println(
          "careshelf: " + options.out() + " is a folder; name a file, such as handout.pdf.");
      return Main.USAGE;
    }
    Messages messages = Messages.forLocale(Locale.getDefault());
    List<org.careshelf.handout.Handout> handouts;
    try (LibraryReader library =
        LibraryReader.open(options.db() != null ? options.db() : installed.get())) {
      List<Question> bookmarks =
          line.arguments().contains(Handouts.MY_QUESTIONS) ? bookmarks(folders) : List.of();
      handouts =
          new Handouts(messages, HandoutMaker.contact(clinic))
              .forIds(library, line.arguments(), bookmarks);
    } catch (Handouts.UnknownIds e) {
      err.println(
          "careshelf: "
              + e.getMessage()
              + "; 'careshelf list' shows the articles' ids. Nothing was written.");
      return Main.USAGE;
    }
    try {
      HandoutFile.write(
          target,
          pdf ->
              new HandoutPdf(messages)
                  .write(handouts, options.paper(), options.size(), LocalDate.now(), pdf));
    } catch (AccessDeniedException e) {
      err.println("careshelf: CareShelf may not write in " + folder + ". Nothing was written.");
      return Main.USAGE;
    } catch (IOException e) {
      err.println(
          "careshelf: " + options.out() + " could not be written (" + e.getMessage() + ").");
      return Main.USAGE;
    }
    out.println("Wrote " + options.out());
    return Main.OK;
  }

  /** The reader's bookmarks with their notes, for "My questions for my care team". */
  private static List<Question> bookmarks(DataFolders folders) {
    try (UserStore user = UserStore.open(folders.prepareUserFolder(), Clock.systemUTC())) {
      return user.bookmarks().stream()
          .map(b -> new Question(b.title(), b.note() == null ? "" : b.note()))
          .toList();
    }
  }
}
