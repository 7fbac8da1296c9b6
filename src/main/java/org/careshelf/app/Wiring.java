package org.careshelf.app;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.careshelf.content.Clinic;
import org.careshelf.handout.Handouts;
import org.careshelf.library.LibraryReader;
import org.careshelf.library.Respelling;
import org.careshelf.speech.Engines;
import org.careshelf.speech.Pronunciation;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Async;
import org.careshelf.ui.Messages;
import org.careshelf.ui.article.ArticleView;
import org.careshelf.ui.article.ArticleViewModel;
import org.careshelf.ui.article.ReadAloudViewModel;
import org.careshelf.ui.glossary.GlossaryViewModel;
import org.careshelf.ui.print.PaperActions;
import org.careshelf.ui.shell.Place;
import org.careshelf.ui.shell.ShellView;
import org.careshelf.ui.shell.Shortcut;
import org.careshelf.ui.theme.AppearanceViewModel;

/** The window's paper and speech, wired: Print and Save as PDF, and read aloud. */
final class Wiring {

  /** The text size on screen from which handouts start in large print, in percent. */
  static final int LARGE_PRINT_FROM = 150;

  private Wiring() {}

  /**
   * Print and Save as PDF in the toolbar's keys and above each article; a kiosk allowed to print
   * gets Print alone, straight to its printer.
   */
  static PaperActions paperActions(
      Stage stage,
      CompletableFuture<LibraryReader> library,
      CompletableFuture<UserStore> user,
      Executor background,
      Messages messages,
      FailureReport failures,
      ShellView shell,
      AppearanceViewModel appearance,
      ArticleViewModel article,
      ArticleView articleView,
      GlossaryViewModel glossary,
      boolean kiosk,
      Supplier<Optional<Clinic>> clinic,
      Supplier<Place> where) {
    ExecutorService paperThread =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "careshelf-paper");
              thread.setDaemon(true);
              return thread;
            });
    HandoutMaker maker = new HandoutMaker(library, user, background, paperThread, messages, clinic);
    PaperActions paper =
        new PaperActions(
            stage,
            messages,
            maker::pdf,
            paperThread,
            Platform::runLater,
            failures,
            shell::notice,
            () -> printable(where.get(), article, glossary, kiosk),
            () -> appearance.textSizeProperty().get() >= LARGE_PRINT_FROM,
            kiosk);
    articleView.showPaperActions(paper::print, kiosk ? null : paper::saveAsPdf);
    return paper;
  }

  /** Ctrl+P, and Ctrl+Shift+S where saving is offered, on {@code scene}. */
  static void paperKeys(Scene scene, PaperActions paper, boolean kiosk) {
    Shortcut.PRINT.keys().forEach(key -> scene.getAccelerators().put(key, paper::print));
    if (!kiosk) {
      Shortcut.SAVE_PDF.keys().forEach(key -> scene.getAccelerators().put(key, paper::saveAsPdf));
    }
  }

  /** The handout id of what the reader is looking at, if it is something to print. */
  private static Optional<String> printable(
      Place place, ArticleViewModel article, GlossaryViewModel glossary, boolean kiosk) {
    if (place instanceof Place.ArticlePage && article.readingProperty().get() != null) {
      return Optional.of(article.readingProperty().get().article().id());
    }
    if (place instanceof Place.GlossaryPage && glossary.selectedProperty().get() != null) {
      return Optional.of(Handouts.glossaryId(glossary.selectedProperty().get().term()));
    }
    if (!kiosk && place instanceof Place.BookmarksPage) {
      return Optional.of(Handouts.MY_QUESTIONS);
    }
    return Optional.empty();
  }

  /**
   * Read aloud with the system's speech, found on the PATH now (nothing is run), and the library's
   * respellings once it is open; the pace is remembered unless {@code remember} is false (a kiosk).
   */
  static ReadAloudViewModel readAloud(
      CompletableFuture<LibraryReader> library,
      CompletableFuture<UserStore> user,
      Executor background,
      Async async,
      boolean remember) {
    CompletableFuture<Pronunciation> pronunciation =
        library.thenApplyAsync(
            store ->
                new Pronunciation(
                    store.respellings().stream()
                        .collect(
                            Collectors.toMap(Respelling::written, Respelling::say, (a, b) -> a))),
            background);
    return new ReadAloudViewModel(
        Engines.find(),
        pronunciation,
        user,
        async,
        (millis, then) ->
            CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS)
                .execute(() -> Platform.runLater(then)),
        remember);
  }
}
