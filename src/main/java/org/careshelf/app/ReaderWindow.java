package org.careshelf.app;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.careshelf.content.Clinic;
import org.careshelf.content.ClinicFile;
import org.careshelf.library.LibraryContents;
import org.careshelf.library.LibraryReader;
import org.careshelf.search.SearchEngine;
import org.careshelf.speech.Engines;
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
import org.careshelf.ui.home.LibraryUpdateViewModel;
import org.careshelf.ui.print.PaperActions;
import org.careshelf.ui.search.SearchView;
import org.careshelf.ui.search.SearchViewModel;
import org.careshelf.ui.shell.HelpView;
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

  private static final System.Logger LOG = System.getLogger(ReaderWindow.class.getName());

  /** How long typing must pause before the search runs. */
  static final long SEARCH_PAUSE_MILLIS = 180;

  private final NavigationViewModel navigation = new NavigationViewModel();
  private final PageRouter router;
  private final Scene scene;
  private final AppearanceViewModel appearance;
  private final CompletableFuture<Optional<Clinic>> clinicDetails;
  private ShellView shell;
  private final ReadAloudViewModel readAloud;
  private final GlossaryPopOver definition;

  ReaderWindow(
      Stage stage,
      CompletableFuture<LibraryReader> library,
      CompletableFuture<UserStore> user,
      Executor background,
      Messages messages,
      FailureReport failures,
      SystemSettings.Kiosk kiosk,
      CompletableFuture<ClinicFile.Result> clinic,
      LibraryUpdateViewModel.Installer installer) {
    Async async = new Async(background, Platform::runLater, failures);
    CompletableFuture<LibraryContents> contents =
        library.thenApplyAsync(
            store -> new LibraryContents(store.topics(), store.articleSummaries()), background);
    router = new PageRouter(navigation, contents, async, messages);

    clinicDetails = clinic.thenApply(ClinicFile.Result::clinic);
    appearance = new AppearanceViewModel(user, async);
    HomeViewModel home =
        new HomeViewModel(
            contents,
            user,
            library.thenApplyAsync(LibraryReader::info, background),
            clinicDetails,
            async);
    TopicPageViewModel topicPage = new TopicPageViewModel(contents, async);
    ArticleViewModel article = new ArticleViewModel(library, contents, user, async, messages);
    GlossaryViewModel glossary = new GlossaryViewModel(library, async);
    BookmarksViewModel bookmarks = new BookmarksViewModel(contents, user, async);
    definition = new GlossaryPopOver(messages, router::openGlossary);
    // Closed with the window, before the toolkit goes: hidden later it throws (review L5).
    stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> definition.hide());
    MarkdownRenderer renderer =
        new MarkdownRenderer(
            messages,
            router::openArticle,
            (word, term) -> glossary.find(term).ifPresent(t -> definition.show(word, t)));
    renderer.showClinic(() -> clinicDetails.getNow(Optional.empty()));
    // A kiosk's readers may not change its library; the staff update it from the command line.
    LibraryUpdateViewModel update =
        kiosk == null && installer != null
            ? new LibraryUpdateViewModel(installer, async, messages)
            : null;
    ArticleView articleView =
        new ArticleView(article, renderer, messages, router::openArticle, article::savePosition);
    GlossaryView glossaryView = new GlossaryView(glossary, messages, router::openArticle);
    PageRouter.Pages pages =
        new PageRouter.Pages(
            home,
            new HomeView(home, messages, router::openArticle, router::openTopic, renderer, update),
            topicPage,
            new TopicPageView(topicPage, messages, router::openArticle, router::openTopic),
            article,
            articleView,
            glossary,
            glossaryView,
            bookmarks,
            new BookmarksView(bookmarks, messages, router::openArticle),
            new HelpView(messages));

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
                () -> navigation.go(new Place.HelpPage()),
                search::focusField,
                () -> {
                  if (navigation.currentProperty().get() instanceof Place.ArticlePage) {
                    shellFindBar(articleView);
                  } else {
                    search.focusField();
                  }
                },
                () -> stage.setFullScreen(!stage.isFullScreen()),
                Platform::exit));
    PaperActions paper = null;
    if (kiosk == null || kiosk.print()) {
      paper =
          Wiring.paperActions(
              stage,
              library,
              user,
              background,
              messages,
              failures,
              shell,
              appearance,
              article,
              articleView,
              glossary,
              kiosk != null,
              () -> clinicDetails.getNow(Optional.empty()),
              () -> navigation.currentProperty().get());
    }
    failures.showIn(shell::notice);
    topicModel.messageProperty().addListener((obs, old, message) -> shell.notice(message));
    shell.showSearch(search, search.resultsPanel(), search::fitPanel);
    this.shell = shell;
    readAloud = Wiring.readAloud(library, user, background, async, kiosk == null);
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
              if (search.dismiss()) {
                shell.focusPage();
              }
              if (!(place instanceof Place.ArticlePage)) {
                articleView.findBar().close();
              }
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
                    glossaryView,
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
    if (paper != null) {
      Wiring.paperKeys(scene, paper, kiosk != null);
    }
    search.installShortcuts(scene);
    router.start(pages, shell, topics);
    if (kioskMode != null) {
      kioskMode.lock(scene);
    }

    UserDataNotices.watch(user, messages, shell::notice, Platform::runLater);
    clinic.thenAcceptAsync(
        result -> {
          if (!result.problems().isEmpty()) {
            // The administrator's file, not the reader's: its problems go to the log whole.
            LOG.log(
                System.Logger.Level.WARNING,
                "The clinic's details are not shown: "
                    + String.join("; ", result.problems().stream().map(Object::toString).toList()));
            shell.notice(messages.get("clinic.failed"));
          }
        },
        Platform::runLater);
  }

  Scene scene() {
    return scene;
  }

  /** Opens the bar to find words in the article shown. */
  private void shellFindBar(ArticleView articleView) {
    shell.showAbovePage(articleView.findBar());
    articleView.findBar().open();
  }

  /** The text size and theme, to start with the ones the window last had. */
  AppearanceViewModel appearance() {
    return appearance;
  }

  NavigationViewModel navigation() {
    return navigation;
  }

  /** Saves what would otherwise be lost when the window closes: the place in the article. */
  void saveState() {
    definition.hide();
    readAloud.stop();
    router.leave();
  }
}
