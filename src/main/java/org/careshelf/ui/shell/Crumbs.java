package org.careshelf.ui.shell;

import java.util.ArrayList;
import java.util.List;
import org.careshelf.library.LibraryContents;
import org.careshelf.library.Topic;
import org.careshelf.ui.Messages;

/** The breadcrumb trail from Home to where the reader is. */
public final class Crumbs {

  /** One step of the trail: its words and where it leads. */
  public record Crumb(String label, Place place) {
    @Override
    public String toString() {
      return label;
    }
  }

  private Crumbs() {}

  /** The trail to {@code place}, starting at Home and ending at the place itself. */
  public static List<Crumb> to(Place place, LibraryContents index, Messages messages) {
    List<Crumb> trail = new ArrayList<>();
    trail.add(new Crumb(messages.get("nav.home"), new Place.Home()));
    place.accept(
        new Place.Visitor<Void>() {
          @Override
          public Void home(Place.Home home) {
            return null;
          }

          @Override
          public Void topic(Place.TopicPage topic) {
            addTopics(trail, index, topic.topicId());
            return null;
          }

          @Override
          public Void article(Place.ArticlePage article) {
            index
                .article(article.articleId())
                .ifPresent(
                    a -> {
                      addTopics(trail, index, a.topicId());
                      trail.add(new Crumb(a.title(), article));
                    });
            return null;
          }

          @Override
          public Void glossary(Place.GlossaryPage glossary) {
            trail.add(new Crumb(messages.get("glossary.title"), new Place.GlossaryPage(null)));
            return null;
          }

          @Override
          public Void bookmarks(Place.BookmarksPage bookmarks) {
            trail.add(new Crumb(messages.get("bookmarks.title"), bookmarks));
            return null;
          }

          @Override
          public Void help(Place.HelpPage help) {
            trail.add(new Crumb(messages.get("help.button"), help));
            return null;
          }
        });
    return trail;
  }

  private static void addTopics(List<Crumb> trail, LibraryContents index, String topicId) {
    for (Topic topic : index.topicPath(topicId)) {
      trail.add(new Crumb(topic.title(), new Place.TopicPage(topic.id())));
    }
  }
}
