package org.careshelf.app;

import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.careshelf.library.LibraryContents;
import org.careshelf.search.WordMatcher;
import org.careshelf.ui.Async;
import org.careshelf.ui.Messages;
import org.careshelf.ui.article.ArticleView;
import org.careshelf.ui.article.ArticleViewModel;
import org.careshelf.ui.bookmarks.BookmarksView;
import org.careshelf.ui.bookmarks.BookmarksViewModel;
import org.careshelf.ui.glossary.GlossaryView;
import org.careshelf.ui.glossary.GlossaryViewModel;
import org.careshelf.ui.home.HomeView;
import org.careshelf.ui.home.HomeViewModel;
import org.careshelf.ui.shell.Crumbs;
import org.careshelf.ui.shell.HelpView;
import org.careshelf.ui.shell.NavigationViewModel;
import org.careshelf.ui.shell.Place;
import org.careshelf.ui.shell.ShellView;
import org.careshelf.ui.topics.TopicPageView;
import org.careshelf.ui.topics.TopicPageViewModel;
import org.careshelf.ui.topics.TopicTreeView;

/**
 * Shows the page for each place the reader goes, and carries what one part of the window learns to
 * another: the words a search found into the article, the article read into the topic tree.
 */
final class PageRouter implements Place.Visitor<Node> {

  /** Each page's model and view. */
  record Pages(
      HomeViewModel home,
      HomeView homeView,
      TopicPageViewModel topic,
      TopicPageView topicView,
      ArticleViewModel article,
      ArticleView articleView,
      GlossaryViewModel glossary,
      GlossaryView glossaryView,
      BookmarksViewModel bookmarks,
      BookmarksView bookmarksView,
      HelpView helpView) {}

  private final NavigationViewModel navigation;
  private final CompletableFuture<LibraryContents> contents;
  private final Async async;
  private final Messages messages;
  private Pages pages;
  private ShellView shell;

  PageRouter(
      NavigationViewModel navigation,
      CompletableFuture<LibraryContents> contents,
      Async async,
      Messages messages) {
    this.navigation = navigation;
    this.contents = contents;
    this.async = async;
    this.messages = messages;
  }

  /** Opens an article. */
  void openArticle(String id) {
    navigation.go(new Place.ArticlePage(id));
  }

  /** Opens an article with the words a search found marked in it. */
  void openFound(String id, WordMatcher words) {
    pages.articleView().highlightNext(id, words);
    openArticle(id);
  }

  /** Opens a topic's page. */
  void openTopic(String id) {
    navigation.go(new Place.TopicPage(id));
  }

  /** Opens the glossary at {@code term}, or at the top when null. */
  void openGlossary(String term) {
    navigation.go(new Place.GlossaryPage(term));
  }

  /** Starts showing the reader's place in {@code shell}, and the article read in {@code tree}. */
  void start(Pages pages, ShellView shell, TopicTreeView tree) {
    this.pages = pages;
    this.shell = shell;
    pages
        .article()
        .readingProperty()
        .addListener(
            (obs, old, reading) -> {
              if (reading != null) {
                tree.reveal(reading.article().id());
              }
            });
    navigation
        .currentProperty()
        .addListener(
            (obs, old, place) -> {
              leave(old);
              show(place);
              if (!(place instanceof Place.ArticlePage)) {
                tree.reveal(null);
              }
            });
    show(navigation.currentProperty().get());
  }

  /** Saves what would otherwise be lost on leaving the place shown: the place in the article. */
  void leave() {
    leave(navigation.currentProperty().get());
  }

  private void leave(Place place) {
    if (place instanceof Place.ArticlePage) {
      pages.article().savePosition(pages.articleView().position());
    }
  }

  /** Shows the current place afresh, at its top: the start screen after a kiosk starts over. */
  void showAgain() {
    if (show(navigation.currentProperty().get()) instanceof ScrollPane scroll) {
      scroll.setVvalue(0);
    }
  }

  private Node show(Place place) {
    Node page = place.accept(this);
    shell.showPage(page);
    async.call(
        contents, c -> Crumbs.to(place, c, messages), shell::showCrumbs, async.logging("crumbs"));
    return page;
  }

  @Override
  public Node home(Place.Home home) {
    pages.home().refresh();
    return pages.homeView();
  }

  @Override
  public Node topic(Place.TopicPage topic) {
    pages.topic().open(topic.topicId());
    return pages.topicView();
  }

  @Override
  public Node article(Place.ArticlePage article) {
    pages.article().open(article.articleId());
    return pages.articleView();
  }

  @Override
  public Node glossary(Place.GlossaryPage glossary) {
    if (glossary.term() != null) {
      pages.glossary().select(glossary.term());
    }
    return pages.glossaryView();
  }

  @Override
  public Node bookmarks(Place.BookmarksPage bookmarks) {
    pages.bookmarks().refresh();
    return pages.bookmarksView();
  }

  @Override
  public Node help(Place.HelpPage help) {
    return pages.helpView();
  }
}
