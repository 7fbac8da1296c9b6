package org.careshelf.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.careshelf.library.LibraryInstaller;
import org.careshelf.library.LibraryReader;
import org.careshelf.store.Bookmark;
import org.careshelf.store.UserStore;

/**
 * A reader's start without the window, for tests that run it as another user: opens the data
 * folders as the app does and prints what it found, then bookmarks an article if asked.
 *
 * <p>Arguments: {@code SETTINGS-FILE [--data-dir DIR] [bookmark ID]}. Prints {@code library PATH},
 * {@code articles N}, {@code state CAUSE}, {@code bookmarks ID,ID}.
 */
final class ReaderProbe {

  private ReaderProbe() {}

  public static void main(String[] args) throws Exception {
    List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
    String bookmark = null;
    int at = rest.indexOf("bookmark");
    if (at >= 0) {
      bookmark = rest.get(at + 1);
      rest.subList(at, at + 2).clear();
    }
    SystemSettings settings = SystemSettings.load(Path.of(args[0]));
    DataFolders folders = CommandLine.parse(rest.toArray(String[]::new)).folders(settings);
    Storage storage = new Storage();
    storage.open(folders, settings::trustedKeys, Clock.systemUTC());
    LibraryReader library = storage.library.join();
    System.out.println("articles " + library.articleSummaries().size());
    System.out.println(
        "library "
            + LibraryInstaller.install(folders.library(), folders.user(), settings.trustedKeys()));
    UserStore user = storage.user.join();
    System.out.println("state " + user.state().cause());
    System.out.println(
        "bookmarks "
            + user.bookmarks().stream().map(Bookmark::articleId).collect(Collectors.joining(",")));
    if (bookmark != null) {
      user.addBookmark(bookmark, bookmark);
      System.out.println("bookmarked " + bookmark);
    }
    storage.close();
  }
}
