package org.careshelf.app;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.SwipeEvent;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Async;
import org.careshelf.ui.Messages;
import org.careshelf.ui.article.ArticleView;
import org.careshelf.ui.article.ArticleViewModel;
import org.careshelf.ui.article.ReadAloudViewModel;
import org.careshelf.ui.glossary.GlossaryView;
import org.careshelf.ui.kiosk.KioskPin;
import org.careshelf.ui.kiosk.KioskView;
import org.careshelf.ui.kiosk.KioskViewModel;
import org.careshelf.ui.kiosk.PinPadViewModel;
import org.careshelf.ui.kiosk.SourceCode;
import org.careshelf.ui.search.SearchView;
import org.careshelf.ui.shell.NavigationViewModel;
import org.careshelf.ui.shell.ShellView;
import org.careshelf.ui.theme.AppearanceViewModel;
import org.careshelf.ui.topics.TopicTreeView;

/**
 * The reader's window made a waiting-room kiosk: locked full screen, closed only with the staff
 * PIN, and started over for each reader, everything they read or typed forgotten.
 */
final class KioskMode {

  /** What a kiosk needs of the reader's window to lock it and to start it over. */
  record Parts(
      Stage stage,
      ShellView shell,
      NavigationViewModel navigation,
      PageRouter router,
      ArticleViewModel article,
      ArticleView articleView,
      GlossaryView glossary,
      SearchView search,
      Runnable openBest,
      AppearanceViewModel appearance,
      TopicTreeView topics,
      CompletableFuture<UserStore> user,
      Async async,
      ReadAloudViewModel readAloud) {}

  private final SystemSettings.Kiosk settings;
  private final Parts window;
  private final KioskView view;

  KioskMode(SystemSettings.Kiosk settings, Parts window, Messages messages) {
    this.settings = settings;
    this.window = window;
    window.shell().lockForKiosk();
    window.articleView().showTakeAway(new SourceCode(messages)::of);
    window.appearance().startWith(settings.textSize(), settings.theme());
    KioskViewModel model = new KioskViewModel(settings.idleSeconds(), this::startOver);
    // Someone listening to an article is still there: each sentence read counts as activity.
    window
        .readAloud()
        .lineProperty()
        .addListener(
            (obs, old, line) -> {
              if (line != null) {
                model.activity();
              }
            });
    PinPadViewModel pin =
        new PinPadViewModel(
            typed -> KioskPin.matches(typed, settings.pinHash()),
            Platform::exit,
            Clock.systemUTC(),
            messages);
    view =
        new KioskView(
            window.shell(), window.search().field(), window.openBest(), model, pin, messages);
  }

  /** The window's content: the reader's shell inside the kiosk's frame. */
  Parent view() {
    return view;
  }

  /**
   * Locks {@code scene}'s stage: no decorations, no close, and once CareShelfApp makes it full
   * screen, no way out of it and no hint.
   */
  void lock(Scene scene) {
    Stage stage = window.stage();
    stage.initStyle(StageStyle.UNDECORATED);
    stage.setFullScreenExitHint("");
    stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
    // Alt+F4 and the window manager's close ask to close; a kiosk says no.
    stage.setOnCloseRequest(javafx.event.Event::consume);
    view.watch(scene);
    scene.addEventHandler(SwipeEvent.SWIPE_RIGHT, e -> window.navigation().back());
    scene.addEventHandler(SwipeEvent.SWIPE_LEFT, e -> window.navigation().forward());
  }

  /**
   * Returns every part of the window to how it was at start for the next reader: pop-overs and
   * dialogs closed, reading aloud stopped, search, article, glossary and tree cleared, the reader's
   * data forgotten, the kiosk's text size and colours, and the start screen at its top.
   */
  private void startOver() {
    for (javafx.stage.Window other : List.copyOf(javafx.stage.Window.getWindows())) {
      if (other != window.stage()) {
        other.hide();
      }
    }
    view.reset();
    // The voice stops at once, and the next reader starts at the normal pace.
    window.readAloud().reset();
    window.search().reset();
    window.article().reset();
    window.glossary().reset();
    window.topics().collapse();
    window.shell().clearNotices();
    // On the one storage thread, so the start screen reads the store after it has forgotten.
    window
        .async()
        .run(window.user(), UserStore::forgetEverything, window.async().logging("kiosk.forget"));
    window.appearance().startWith(settings.textSize(), settings.theme());
    window.navigation().reset();
    window.router().showAgain();
  }
}
