package org.careshelf.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.careshelf.library.LibraryContents;
import org.careshelf.library.LibraryReader;
import org.careshelf.search.SearchEngine;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Async;
import org.careshelf.ui.Messages;
import org.careshelf.ui.article.ArticleView;
import org.careshelf.ui.article.ArticleViewModel;
import org.careshelf.ui.article.MarkdownRenderer;
import org.careshelf.ui.bookmarks.BookmarksView;
import org.careshelf.ui.bookmarks.BookmarksViewModel;
import org.careshelf.ui.glossary.GlossaryPopOver;
import org.careshelf.ui.glossary.GlossaryView;
import org.careshelf.ui.glossary.GlossaryViewModel;
import org.careshelf.ui.home.HomeView;
import org.careshelf.ui.home.HomeViewModel;
import org.careshelf.ui.search.SearchView;
import org.careshelf.ui.search.SearchViewModel;
import org.careshelf.ui.shell.Crumbs;
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
 * The reader's window, wired: every view model and view built with its collaborators, and the page
 * shown for each place the reader goes.
 */
final class ReaderWindow {

  /** How long typing must pause before the search runs. */
  static final long SEARCH_PAUSE_MILLIS = 180;

  private final Messages messages;
  private final NavigationViewModel navigation = new NavigationViewModel();
  private final CompletableFuture<LibraryContents> index;
  private final Async async;
  private final ShellView shell;
  private final Scene scene;
  private final HomeViewModel home;
  private final HomeView homeView;
  private final TopicPageViewModel topicPage;
  private final TopicPageView topicPageView;
  private final ArticleViewModel article;
  private final ArticleView articleView;
  private final GlossaryViewModel glossary;
  private final GlossaryView glossaryView;
  private final BookmarksViewModel bookmarks;
  private final BookmarksView bookmarksView;

  ReaderWindow(
      Stage stage,
      CompletableFuture<LibraryReader> library,
      CompletableFuture<UserStore> user,
      Executor background,
      Messages messages) {
    this.messages = messages;
    this.async = new Async(background, Platform::runLater);
    this.index =
        library.thenApplyAsync(
            store -> new LibraryContents(store.topics(), store.articleSummaries()), background);

    AppearanceViewModel appearance =
        new AppearanceViewModel(user, async, failure -> notice("notice.saveFailed"));
    home = new HomeViewModel(index, user, async);
    homeView = new HomeView(home, messages, this::openArticle, this::openTopic);
    topicPage = new TopicPageViewModel(index, async);
    topicPageView = new TopicPageView(topicPage, messages, this::openArticle, this::openTopic);
    article = new ArticleViewModel(library, index, user, async, messages);
    glossary = new GlossaryViewModel(library, async, failure -> {});
    GlossaryPopOver definition =
        new GlossaryPopOver(messages, term -> navigation.go(new Place.GlossaryPage(term)));
    MarkdownRenderer renderer =
        new MarkdownRenderer(
            messages,
            this::openArticle,
            (word, term) -> glossary.find(term).ifPresent(t -> definition.show(word, t)));
    articleView =
        new ArticleView(article, renderer, messages, this::openArticle, article::savePosition);
    glossaryView = new GlossaryView(glossary, messages, this::openArticle);
    bookmarks = new BookmarksViewModel(index, user, async, failure -> notice("notice.saveFailed"));
    bookmarksView = new BookmarksView(bookmarks, messages, this::openArticle);

    TopicTreeViewModel topicModel = new TopicTreeViewModel(index, async, messages);
    TopicTreeView topics = new TopicTreeView(topicModel, messages, this::openArticle);
    article
        .readingProperty()
        .addListener((obs, old, reading) -> topics.reveal(reading.article().id()));
    topicModel.messageProperty().addListener((obs, old, message) -> shell().notice(message));

    BooleanBinding articleShown =
        Bindings.createBooleanBinding(
            () ->
                navigation.currentProperty().get() instanceof Place.ArticlePage
                    && article.readingProperty().get() != null,
            navigation.currentProperty(),
            article.readingProperty());
    SearchView search = search(library, background);
    shell =
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
                () -> navigation.go(new Place.GlossaryPage(null)),
                () -> new HelpDialog(stage, messages).show(),
                search::focusField,
                () -> stage.setFullScreen(!stage.isFullScreen()),
                Platform::exit));
    shell.showSearch(search, search.resultsPanel());
    scene = new Scene(shell, 1100, 720);
    Theme.bind(scene, appearance);
    search.installShortcuts(scene);

    navigation
        .currentProperty()
        .addListener(
            (obs, old, place) -> {
              leave(old);
              show(place);
            });
    show(navigation.currentProperty().get());

    UserDataNotices.watch(user, messages, shell::notice, Platform::runLater);
  }

  /** The search field: searches a moment after typing pauses, opens results with their words. */
  private SearchView search(CompletableFuture<LibraryReader> library, Executor background) {
    CompletableFuture<SearchEngine> engine = library.thenApplyAsync(SearchEngine::open, background);
    Executor afterPause =
        CompletableFuture.delayedExecutor(
            SEARCH_PAUSE_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS, background);
    return new SearchView(
        new SearchViewModel(
            engine,
            background,
            afterPause,
            Platform::runLater,
            (id, words) -> {
              articleView.highlightNext(id, words);
              openArticle(id);
            },
            messages),
        messages);
  }

  Scene scene() {
    return scene;
  }

  NavigationViewModel navigation() {
    return navigation;
  }

  /** Saves what would otherwise be lost when the window closes: the place in the article. */
  void saveState() {
    leave(navigation.currentProperty().get());
  }

  private ShellView shell() {
    return shell;
  }

  private void notice(String key) {
    shell.notice(messages.get(key));
  }

  private void openArticle(String id) {
    navigation.go(new Place.ArticlePage(id));
  }

  private void openTopic(String id) {
    navigation.go(new Place.TopicPage(id));
  }

  private void leave(Place place) {
    if (place instanceof Place.ArticlePage) {
      article.savePosition(articleView.position());
    }
  }

  private void show(Place place) {
    if (place instanceof Place.Home) {
      home.refresh();
      shell.showPage(homeView);
    } else if (place instanceof Place.TopicPage topic) {
      topicPage.open(topic.topicId());
      shell.showPage(topicPageView);
    } else if (place instanceof Place.ArticlePage page) {
      article.open(page.articleId());
      shell.showPage(articleView);
    } else if (place instanceof Place.GlossaryPage page) {
      if (page.term() != null) {
        glossary.select(page.term());
      }
      shell.showPage(glossaryView);
    } else if (place instanceof Place.BookmarksPage) {
      bookmarks.refresh();
      shell.showPage(bookmarksView);
    }
    async.call(index, i -> Crumbs.to(place, i, messages), shell::showCrumbs, failure -> {});
  }
}
