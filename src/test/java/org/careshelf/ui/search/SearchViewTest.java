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
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.careshelf.Fixtures;
import org.careshelf.library.LibraryReader;
import org.careshelf.search.SearchEngine;
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
    List<Node> hits = waitForResults(robot);

    assertThat(hits.get(0).getAccessibleText()).startsWith("The second article");
    TextFlow snippet = robot.lookup(".search-hit-snippet").query();
    assertThat(snippet.getChildren())
        .filteredOn(n -> n.getStyleClass().contains("search-match"))
        .extracting(n -> ((Text) n).getText())
        .contains("antigens");

    robot.type(KeyCode.ENTER);

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> opened.contains("second"));
  }

  @Test
  void enterRightAfterTypingActsOnTheWordsInTheField(FxRobot robot) throws Exception {
    robot.clickOn("#searchField").write("antigen");
    waitForResults(robot);
    TextField field = robot.lookup("#searchField").query();
    // New words, and Enter before their search is back: the old top result must not open.
    robot.interact(() -> field.setText("first article"));
    robot.type(KeyCode.ENTER);

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !opened.isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(opened).containsExactly("first");
  }

  @Test
  void aHitShowsTheQuestionItAnswers(FxRobot robot) throws Exception {
    robot.clickOn("#searchField").write("what is the second article about");
    List<Node> hits = waitForResults(robot);

    assertThat(hits.get(0).getAccessibleText()).startsWith("The second article");
    javafx.scene.control.Label answers = robot.lookup(".search-hit-answers").query();
    assertThat(answers.getText()).isEqualTo("Answers: What is the second article about?");
  }

  @Test
  void theArrowKeysTakeTheKeyboardThroughEveryResult(FxRobot robot) throws Exception {
    robot.clickOn("#searchField").write("article");
    List<Node> hits = waitForResults(robot);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> waitForResults(robot).size() >= 2);
    hits = waitForResults(robot);

    robot.type(KeyCode.DOWN);
    robot.type(KeyCode.DOWN);
    assertThat(hits.get(1).isFocused()).isTrue();
    String second = hits.get(1).getAccessibleText();
    robot.type(KeyCode.UP);
    robot.type(KeyCode.UP);
    assertThat(robot.lookup("#searchField").queryAs(TextField.class).isFocused()).isTrue();
    robot.type(KeyCode.DOWN, KeyCode.DOWN);
    robot.type(KeyCode.ENTER);

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !opened.isEmpty());
    assertThat(second).startsWith(titleOf(opened.get(0)));
  }

  @Test
  void nothingFoundSaysSoAndItsTopicsAreReachedByKeyboard(FxRobot robot) throws Exception {
    robot.clickOn("#searchField").write("zebra");

    WaitForAsyncUtils.waitFor(
        5,
        TimeUnit.SECONDS,
        () -> robot.lookup("#suggestedTopics .hyperlink").tryQuery().isPresent());
    TextFlow notice = robot.lookup("#searchNotice").query();
    assertThat(((Text) notice.getChildren().get(0)).getText())
        .startsWith("Nothing in the library matches \u201czebra\u201d.");
    // The notice first, then the first topic.
    robot.type(KeyCode.DOWN, KeyCode.DOWN);
    Hyperlink topic = robot.lookup("#suggestedTopics .hyperlink").query();
    assertThat(topic.isFocused()).isTrue();
    assertThat(topic.getText()).isEqualTo("The basics");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> opened.contains("first"));
  }

  @Test
  void typingInThePanelGoesOnInTheField(FxRobot robot) throws Exception {
    robot.clickOn("#searchField").write("article");
    waitForResults(robot);
    robot.type(KeyCode.DOWN);
    robot.write("s");
    TextField field = robot.lookup("#searchField").query();
    assertThat(field.isFocused()).isTrue();
    assertThat(field.getText()).isEqualTo("articles");
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

  private static List<Node> waitForResults(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        5,
        TimeUnit.SECONDS,
        () ->
            robot
                .lookup("#searchResults")
                .tryQuery()
                .map(n -> n.isVisible() && !((VBox) n).getChildren().isEmpty())
                .orElse(false));
    VBox hits = robot.lookup("#searchResults").query();
    return List.copyOf(hits.getChildren());
  }

  private static String titleOf(String id) {
    return switch (id) {
      case "first" -> "The first article";
      case "second" -> "The second article";
      default -> "A third article";
    };
  }
}
