package org.careshelf.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.careshelf.Fixtures;
import org.careshelf.library.LibraryReader;
import org.careshelf.search.SearchEngine;
import org.careshelf.search.SearchHit;
import org.careshelf.ui.Async;
import org.careshelf.ui.RecordedFailures;
import org.careshelf.ui.theme.Theme;
import org.careshelf.ui.theme.ThemeName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SearchViewTest {

  static final org.careshelf.ui.Messages MESSAGES =
      org.careshelf.ui.Messages.forLocale(java.util.Locale.ENGLISH);

  @TempDir static Path dir;
  final ExecutorService background = Executors.newSingleThreadExecutor();
  final List<String> opened = new CopyOnWriteArrayList<>();
  LibraryReader store;

  @Start
  void start(Stage stage) {
    store = LibraryReader.open(Fixtures.compiledLibrary(dir));
    SearchViewModel model =
        new SearchViewModel(
            CompletableFuture.supplyAsync(() -> SearchEngine.open(store), background),
            new Async(background, Platform::runLater, new RecordedFailures()),
            CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS, background),
            (id, words) -> opened.add(id),
            MESSAGES);
    SearchView search = new SearchView(model, MESSAGES);
    Button elsewhere = new Button("Elsewhere");
    elsewhere.setId("elsewhere");
    Scene scene = new Scene(new VBox(search, elsewhere, search.resultsPanel()), 800, 700);
    scene
        .getStylesheets()
        .setAll(
            Theme.class.getResource("/org/careshelf/ui/theme/base.css").toExternalForm(),
            Theme.class.getResource(ThemeName.LIGHT.stylesheet()).toExternalForm());
    search.installShortcuts(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop() {
    background.shutdownNow();
    store.close();
  }

  @Test
  void typingShowsResultsAndEnterOpensTheFirst(FxRobot robot) throws Exception {
    robot.clickOn("#searchField").write("antigen");
    ListView<SearchHit> list = waitForResults(robot);

    assertThat(list.getItems().get(0).title().text()).isEqualTo("The second article");
    TextFlow snippet = robot.lookup(".search-hit-snippet").query();
    assertThat(snippet.getChildren())
        .filteredOn(n -> n.getStyleClass().contains("search-match"))
        .extracting(n -> ((Text) n).getText())
        .contains("antigens");

    robot.type(KeyCode.ENTER);

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> opened.contains("second"));
  }

  @Test
  void aHitShowsTheQuestionItAnswers(FxRobot robot) throws Exception {
    robot.clickOn("#searchField").write("what is the second article about");
    ListView<SearchHit> list = waitForResults(robot);

    assertThat(list.getItems().get(0).articleId()).isEqualTo("second");
    javafx.scene.control.Label answers = robot.lookup(".search-hit-answers").query();
    assertThat(answers.getText()).isEqualTo("Answers: What is the second article about?");
  }

  @Test
  void arrowKeysMoveThroughTheResults(FxRobot robot) throws Exception {
    robot.clickOn("#searchField").write("article");
    ListView<SearchHit> list = waitForResults(robot);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() >= 2);

    robot.type(KeyCode.DOWN);
    assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);
    String second = list.getItems().get(1).articleId();
    robot.type(KeyCode.ENTER);

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> opened.contains(second));
  }

  @Test
  void nothingFoundSaysSoAndOffersTopics(FxRobot robot) throws Exception {
    robot.clickOn("#searchField").write("zebra");

    WaitForAsyncUtils.waitFor(
        5,
        TimeUnit.SECONDS,
        () -> robot.lookup("#suggestedTopics .hyperlink").tryQuery().isPresent());
    TextFlow notice = robot.lookup("#searchNotice").query();
    assertThat(((Text) notice.getChildren().get(0)).getText())
        .startsWith("Nothing in the library matches \u201czebra\u201d.");
    robot.clickOn("The basics");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> opened.contains("first"));
  }

  @Test
  void slashMovesToTheField(FxRobot robot) {
    TextField field = robot.lookup("#searchField").query();
    robot.clickOn("#elsewhere");
    assertThat(field.isFocused()).isFalse();

    robot.write("/");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(field.isFocused()).isTrue();
    assertThat(field.getText()).isEmpty();
  }

  private static ListView<SearchHit> waitForResults(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        5,
        TimeUnit.SECONDS,
        () ->
            robot
                .lookup("#searchResults")
                .tryQuery()
                .map(n -> n.isVisible() && !((ListView<?>) n).getItems().isEmpty())
                .orElse(false));
    return robot.lookup("#searchResults").query();
  }
}
