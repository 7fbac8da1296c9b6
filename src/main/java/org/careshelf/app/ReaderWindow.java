package org.careshelf.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.careshelf.library.LibraryContents;
import org.careshelf.library.LibraryReader;
import org.careshelf.library.Respelling;
import org.careshelf.search.SearchEngine;
import org.careshelf.speech.Engines;
import org.careshelf.speech.Pronunciation;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Async;
import org.careshelf.ui.Messages;
import org.careshelf.ui.article.ArticleView;
import org.careshelf.ui.article.ArticleViewModel;
import org.careshelf.ui.article.MarkdownRenderer;
import org.careshelf.ui.article.ReadAloudBar;
import org.careshelf.ui.article.ReadAloudViewModel;
import org.careshelf.ui.bookmarks.BookmarksView;
import org.careshelf.ui.bookmarks.BookmarksViewModel;
import org.careshelf.ui.glossary.GlossaryPopOver;
import org.careshelf.ui.glossary.GlossaryView;
import org.careshelf.ui.glossary.GlossaryViewModel;
import org.careshelf.ui.home.HomeView;
import org.careshelf.ui.home.HomeViewModel;
import org.careshelf.ui.search.SearchView;
import org.careshelf.ui.search.SearchViewModel;
import org.careshelf.ui.shell.HelpDialog;
import org.careshelf.ui.shell.NavigationViewModel;
import org.careshelf.ui.shell.Place;
import org.careshelf.ui.shell.ShellView;
import org.careshelf.ui.theme.AppearanceViewModel;
import org.careshelf.ui.theme.Theme;
import org.careshelf.ui.topics.TopicPageView;
import org.careshelf.ui.topics.TopicPageViewModel;
import org.careshelf.ui.topics.TopicTreeView;
import org.careshelf.ui.topics.TopicTreeViewModel;

/**
 * The reader's window, wired: every view model and view built with its collaborators; the {@link
 * PageRouter} shows the page for each place the reader goes.
 */
final class ReaderWindow {

  /** How long typing must pause before the search runs. */
  static final long SEARCH_PAUSE_MILLIS = 180;

  private final NavigationViewModel navigation = new NavigationViewModel();
  private final PageRouter router;
  private final Scene scene;
  private final ReadAloudViewModel readAloud;

  ReaderWindow(
      Stage stage,
      CompletableFuture<LibraryReader> library,
      CompletableFuture<UserStore> user,
      Executor background,
      Messages messages,
      FailureReport failures,
      SystemSettings.Kiosk kiosk) {
    Async async = new Async(background, Platform::runLater, failures);
    CompletableFuture<LibraryContents> contents =
        library.thenApplyAsync(
            store -> new LibraryContents(store.topics(), store.articleSummaries()), background);
    router = new PageRouter(navigation, contents, async, messages);

    AppearanceViewModel appearance = new AppearanceViewModel(user, async);
    HomeViewModel home = new HomeViewModel(contents, user, async);
    TopicPageViewModel topicPage = new TopicPageViewModel(contents, async);
    ArticleViewModel article = new ArticleViewModel(library, contents, user, async, messages);
    GlossaryViewModel glossary = new GlossaryViewModel(library, async);
    BookmarksViewModel bookmarks = new BookmarksViewModel(contents, user, async);
    GlossaryPopOver definition = new GlossaryPopOver(messages, router::openGlossary);
    MarkdownRenderer renderer =
        new MarkdownRenderer(
            messages,
            router::openArticle,
            (word, term) -> glossary.find(term).ifPresent(t -> definition.show(word, t)));
    ArticleView articleView =
        new ArticleView(article, renderer, messages, router::openArticle, article::savePosition);
    PageRouter.Pages pages =
        new PageRouter.Pages(
            home,
            new HomeView(home, messages, router::openArticle, router::openTopic),
            topicPage,
            new TopicPageView(topicPage, messages, router::openArticle, router::openTopic),
            article,
            articleView,
            glossary,
            new GlossaryView(glossary, messages, router::openArticle),
            bookmarks,
            new BookmarksView(bookmarks, messages, router::openArticle));

    TopicTreeViewModel topicModel = new TopicTreeViewModel(contents, async, messages);
    TopicTreeView topics = new TopicTreeView(topicModel, messages, router::openArticle);
    BooleanBinding articleShown =
        Bindings.createBooleanBinding(
            () ->
                navigation.currentProperty().get() instanceof Place.ArticlePage
                    && article.readingProperty().get() != null,
            navigation.currentProperty(),
            article.readingProperty());
    SearchViewModel searchModel =
        new SearchViewModel(
            library.thenApplyAsync(SearchEngine::open, background),
            async,
            CompletableFuture.delayedExecutor(
                SEARCH_PAUSE_MILLIS, TimeUnit.MILLISECONDS, background),
            router::openFound,
            messages);
    SearchView search = new SearchView(searchModel, messages);
    ShellView shell =
        new ShellView(
            messages,
            navigation,
            appearance,
            topics,
            articleShown,
            article.bookmarkedProperty(),
            new ShellView.Actions(
                article::toggleBookmark,
                () -> navigation.go(new Place.BookmarksPage()),
                () -> router.openGlossary(null),
                () -> new HelpDialog(stage, messages).show(),
                search::focusField,
                () -> stage.setFullScreen(!stage.isFullScreen()),
                Platform::exit));
    failures.showIn(shell::notice);
    topicModel.messageProperty().addListener((obs, old, message) -> shell.notice(message));
    shell.showSearch(search, search.resultsPanel());
    readAloud = readAloud(library, user, background, async, kiosk == null);
    articleView.readAloud(readAloud);
    Runnable toggle =
        () -> {
          if (articleShown.get() && readAloud.scriptProperty().get() != null) {
            readAloud.toggle(articleView.readAloudStart(readAloud.scriptProperty().get()));
          }
        };
    String missing =
        switch (Engines.Family.of(System.getProperty("os.name", ""))) {
          case LINUX -> messages.get("readAloud.missing.LINUX");
          case MAC -> messages.get("readAloud.missing.MAC");
          case WINDOWS -> messages.get("readAloud.missing.WINDOWS");
        };
    shell.showReadAloud(
        new ReadAloudBar(readAloud, messages, toggle, articleShown, missing, shell::notice),
        toggle,
        readAloud::stop);
    // Reading goes on while the article is shown; another page stops it (another article too).
    navigation
        .currentProperty()
        .addListener(
            (obs, old, place) -> {
              if (!(place instanceof Place.ArticlePage)) {
                readAloud.stop();
              }
            });
    KioskMode kioskMode =
        kiosk == null
            ? null
            : new KioskMode(
                kiosk,
                new KioskMode.Parts(
                    stage,
                    shell,
                    navigation,
                    router,
                    article,
                    articleView,
                    glossary,
                    search,
                    searchModel::openBest,
                    appearance,
                    topics,
                    user,
                    async,
                    readAloud),
                messages);
    scene = new Scene(kioskMode == null ? shell : kioskMode.view(), 1100, 720);
    Theme.bind(scene, appearance);
    search.installShortcuts(scene);
    router.start(pages, shell, topics);
    if (kioskMode != null) {
      kioskMode.lock(scene);
    }

    UserDataNotices.watch(user, messages, shell::notice, Platform::runLater);
  }

  /**
   * Read aloud with the system's speech, found on the PATH now (nothing is run), and the library's
   * respellings once it is open; the pace is remembered unless {@code remember} is false (a kiosk).
   */
  private static ReadAloudViewModel readAloud(
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

  Scene scene() {
    return scene;
  }

  NavigationViewModel navigation() {
    return navigation;
  }

  /** Saves what would otherwise be lost when the window closes: the place in the article. */
  void saveState() {
    readAloud.stop();
    router.leave();
  }
}
