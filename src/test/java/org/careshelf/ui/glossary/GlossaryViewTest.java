package org.careshelf.ui.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.careshelf.content.LibraryCompiler;
import org.careshelf.library.GlossaryTerm;
import org.careshelf.library.LibraryReader;
import org.careshelf.ui.Async;
import org.careshelf.ui.Messages;
import org.careshelf.ui.RecordedFailures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The glossary on the real library: only the cards in sight are built, the one asked for is shown,
 * the keyboard's link is kept in view, and a reset goes back to the top.
 */
@ExtendWith(ApplicationExtension.class)
class GlossaryViewTest {

  @TempDir Path dir;
  LibraryReader library;
  GlossaryViewModel model;

  @BeforeEach
  void open() throws Exception {
    Path db = dir.resolve("content.db");
    assertThat(LibraryCompiler.compile(Path.of("articles"), db).ok()).isTrue();
    library = LibraryReader.open(db);
    model =
        new GlossaryViewModel(
            CompletableFuture.completedFuture(library),
            new Async(Runnable::run, Runnable::run, new RecordedFailures()));
  }

  @AfterEach
  void close() {
    library.close();
  }

  @Test
  void buildsOnlyTheCardsInSightAndShowsTheOneAskedFor() throws Exception {
    List<GlossaryTerm> terms = List.copyOf(model.shownTerms());
    assertThat(terms).hasSizeGreaterThan(100);
    GlossaryView view = show(700);

    assertThat(cards(view)).isNotEmpty().hasSizeLessThan(30);

    GlossaryTerm last = terms.get(terms.size() - 1);
    fx(() -> model.select(last.term()));

    assertThat(cards(view)).hasSizeLessThan(30).contains(last.term() + ": " + last.definition());
  }

  @Test
  void theListFollowsTheKeyboardToALinkBelowTheWindow() throws Exception {
    GlossaryView view = show(500);
    // The lowest link built: its card is in sight, the link itself below the window's edge.
    Node lowest =
        WaitForAsyncUtils.asyncFx(
                () ->
                    view.lookupAll(".hyperlink").stream()
                        .filter(Node::isVisible)
                        .max(
                            Comparator.comparingDouble(
                                n -> n.localToScene(n.getLayoutBounds()).getMaxY()))
                        .orElseThrow())
            .get(10, TimeUnit.SECONDS);
    assertThat(bottom(lowest)).isGreaterThan(500);

    fx(lowest::requestFocus);

    assertThat(lowest.isFocused()).isTrue();
    assertThat(bottom(lowest)).isLessThanOrEqualTo(500);
  }

  @Test
  void aResetBringsTheNextReaderBackToTheTop() throws Exception {
    GlossaryView view = show(700);
    fx(() -> ((VirtualFlow<?>) view.lookup(".virtual-flow")).scrollPixels(3000));
    assertThat(inSight(view, "#glossaryFilter")).isFalse();

    fx(view::reset);

    assertThat(inSight(view, "#glossaryFilter")).isTrue();
  }

  private GlossaryView show(double height) throws Exception {
    GlossaryView view =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  GlossaryView glossary =
                      new GlossaryView(model, Messages.forLocale(Locale.ENGLISH), id -> {});
                  Stage stage = new Stage();
                  stage.setScene(new Scene(glossary, 1000, height));
                  stage.show();
                  return glossary;
                })
            .get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents(3);
    return view;
  }

  private static void fx(Runnable action) throws Exception {
    WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents(3);
  }

  /** The accessible text of every built card that is shown. */
  private static List<String> cards(GlossaryView view) throws Exception {
    return WaitForAsyncUtils.asyncFx(
            () ->
                view.lookupAll(".card").stream()
                    .filter(Node::isVisible)
                    .map(Node::getAccessibleText)
                    .toList())
        .get(10, TimeUnit.SECONDS);
  }

  private static double bottom(Node node) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> node.localToScene(node.getLayoutBounds()).getMaxY())
        .get(10, TimeUnit.SECONDS);
  }

  private static boolean inSight(GlossaryView view, String id) throws Exception {
    return WaitForAsyncUtils.asyncFx(
            () -> {
              Node node = view.lookup(id);
              if (node == null || node.getScene() == null || !node.isVisible()) {
                return false;
              }
              var at = node.localToScene(node.getLayoutBounds());
              return at.getMinY() >= 0 && at.getMaxY() <= view.getHeight();
            })
        .get(10, TimeUnit.SECONDS);
  }
}
