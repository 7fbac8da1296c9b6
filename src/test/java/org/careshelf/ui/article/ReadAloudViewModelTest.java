package org.careshelf.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.careshelf.library.Article;
import org.careshelf.speech.Pace;
import org.careshelf.speech.Pronunciation;
import org.careshelf.speech.Script;
import org.careshelf.speech.Speech;
import org.careshelf.speech.Utterance;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Async;
import org.careshelf.ui.RecordedFailures;
import org.careshelf.ui.article.ReadAloudViewModel.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The mark follows a fake engine that reports each sentence's end when the test says so. */
class ReadAloudViewModelTest {

  static final Article ARTICLE =
      new Article(
          "fever",
          "Fever after CAR T",
          "topic",
          "A fever can be a sign of CRS.",
          LocalDate.of(2026, 1, 1),
          List.of(),
          List.of(),
          null,
          "## Call at once\n\nCall if it is 100.4 °F. Do not wait.\n\n- Chills\n- Confusion\n");

  final Executor direct = Runnable::run;
  final RecordedFailures failures = new RecordedFailures();
  final UserStore user = UserStore.inMemory(Clock.systemUTC());
  final FakeSpeech engine = new FakeSpeech();
  final List<Long> pauses = new ArrayList<>();
  final List<Runnable> pending = new ArrayList<>();

  @AfterEach
  void close() {
    user.close();
  }

  ReadAloudViewModel model(boolean remember) {
    ReadAloudViewModel model =
        new ReadAloudViewModel(
            Optional.of(engine),
            CompletableFuture.completedFuture(
                new Pronunciation(Map.of("CAR T", "car tee", "CRS", "C R S"))),
            CompletableFuture.completedFuture(user),
            new Async(direct, direct, failures),
            (millis, then) -> {
              pauses.add(millis);
              pending.add(then);
            },
            remember);
    model.show(ARTICLE);
    return model;
  }

  /** The engine ends the sentence it is saying; the pause after it passes. */
  void sentenceEnds() {
    engine.spoken.get(engine.spoken.size() - 1).done.complete(null);
    List<Runnable> due = List.copyOf(pending);
    pending.clear();
    due.forEach(Runnable::run);
  }

  String marked(ReadAloudViewModel model) {
    Script.Line line = model.lineProperty().get();
    if (line == null) {
      return null;
    }
    List<String> shown =
        List.of(
            ARTICLE.title(),
            ARTICLE.summary(),
            "Call at once",
            "Call if it is 100.4 °F. Do not wait.",
            "Chills",
            "Confusion");
    return shown.get(line.passage()).substring(line.start(), line.end());
  }

  @Test
  void theMarkFollowsEachSentenceToTheEnd() {
    ReadAloudViewModel model = model(false);

    model.start(0);

    assertThat(model.stateProperty().get()).isEqualTo(State.SPEAKING);
    assertThat(marked(model)).isEqualTo("Fever after CAR T");
    assertThat(engine.said()).containsExactly("Fever after car tee");
    List<String> marks = new ArrayList<>();
    marks.add(marked(model));
    while (model.stateProperty().get() == State.SPEAKING) {
      sentenceEnds();
      marks.add(marked(model));
    }
    assertThat(marks)
        .containsExactly(
            "Fever after CAR T",
            "A fever can be a sign of CRS.",
            "Call at once",
            "Call if it is 100.4 °F.",
            "Do not wait.",
            "Chills",
            "Confusion",
            null);
    assertThat(engine.said()).contains("A fever can be a sign of C R S.");
    assertThat(pauses.get(0)).isEqualTo(Script.HEADING_PAUSE_MILLIS);
    assertThat(model.stateProperty().get()).isEqualTo(State.STOPPED);
  }

  @Test
  void pauseStopsTheVoiceAndGoingOnRepeatsTheSentence() {
    ReadAloudViewModel model = model(false);
    model.start(3);
    assertThat(marked(model)).isEqualTo("Call if it is 100.4 °F.");

    model.toggle(0);

    assertThat(model.stateProperty().get()).isEqualTo(State.PAUSED);
    assertThat(engine.spoken.get(0).stopped).isTrue();
    assertThat(marked(model)).isEqualTo("Call if it is 100.4 °F.");
    // The stopped sentence's end arrives late: it must not move the mark.
    engine.spoken.get(0).done.complete(null);
    assertThat(pending).isEmpty();

    model.toggle(0);

    assertThat(model.stateProperty().get()).isEqualTo(State.SPEAKING);
    assertThat(engine.said()).containsExactly("Call if it is 100.4 °F.", "Call if it is 100.4 °F.");
    sentenceEnds();
    assertThat(marked(model)).isEqualTo("Do not wait.");
  }

  @Test
  void stopRemovesTheMarkAndAnotherArticleStopsReading() {
    ReadAloudViewModel model = model(false);
    model.start(0);
    model.stop();
    assertThat(model.lineProperty().get()).isNull();
    assertThat(engine.spoken.get(0).stopped).isTrue();

    model.start(1);
    model.show(ARTICLE);
    assertThat(model.stateProperty().get()).isEqualTo(State.STOPPED);
    assertThat(engine.spoken.get(1).stopped).isTrue();
  }

  @Test
  void thePaceIsUsedAtOnceAndRemembered() {
    ReadAloudViewModel model = model(true);
    model.start(0);

    model.setPace(Pace.SLOWER);

    assertThat(engine.spoken).hasSize(2);
    assertThat(engine.spoken.get(0).stopped).isTrue();
    assertThat(engine.spoken.get(1).pace).isEqualTo(Pace.SLOWER);
    assertThat(user.setting(ReadAloudViewModel.PACE)).contains("slower");
    assertThat(model(true).paceProperty().get()).isEqualTo(Pace.SLOWER);
  }

  @Test
  void aKioskNeitherLoadsNorSavesThePaceAndResetForgetsIt() {
    user.putSetting(ReadAloudViewModel.PACE, "faster");
    ReadAloudViewModel model = model(false);
    assertThat(model.paceProperty().get()).isEqualTo(Pace.NORMAL);

    model.setPace(Pace.SLOWER);
    model.start(0);
    model.reset();

    assertThat(user.setting(ReadAloudViewModel.PACE)).contains("faster");
    assertThat(model.paceProperty().get()).isEqualTo(Pace.NORMAL);
    assertThat(model.stateProperty().get()).isEqualTo(State.STOPPED);
    assertThat(model.scriptProperty().get()).isNull();
    assertThat(engine.spoken.get(0).stopped).isTrue();
  }

  @Test
  void anEngineThatFailsStopsAndTellsTheReader() {
    ReadAloudViewModel model = model(false);
    model.start(0);

    engine.spoken.get(0).done.completeExceptionally(new IllegalStateException("status 1"));

    assertThat(model.stateProperty().get()).isEqualTo(State.STOPPED);
    assertThat(failures.told).containsExactly("readAloud.failed");
  }

  @Test
  void withoutSpeechNothingStarts() {
    ReadAloudViewModel model =
        new ReadAloudViewModel(
            Optional.empty(),
            CompletableFuture.completedFuture(Pronunciation.NONE),
            CompletableFuture.completedFuture(user),
            new Async(direct, direct, failures),
            (millis, then) -> then.run(),
            false);
    model.show(ARTICLE);
    model.start(0);
    assertThat(model.available()).isFalse();
    assertThat(model.stateProperty().get()).isEqualTo(State.STOPPED);
  }

  /** An engine that speaks nothing and ends a sentence only when the test completes it. */
  static final class FakeSpeech implements Speech {
    final List<Said> spoken = new ArrayList<>();

    List<String> said() {
      return spoken.stream().map(s -> s.words).toList();
    }

    @Override
    public String name() {
      return "fake";
    }

    @Override
    public Utterance speak(String words, Pace pace) {
      Said said = new Said(words, pace);
      spoken.add(said);
      return said;
    }

    @Override
    public boolean canWrite() {
      return false;
    }

    @Override
    public void write(String words, Pace pace, Path wav) throws IOException {
      throw new IOException("cannot write");
    }
  }

  static final class Said implements Utterance {
    final String words;
    final Pace pace;
    final CompletableFuture<Void> done = new CompletableFuture<>();
    boolean stopped;

    Said(String words, Pace pace) {
      this.words = words;
      this.pace = pace;
    }

    @Override
    public CompletableFuture<Void> done() {
      return done;
    }

    @Override
    public void stop() {
      stopped = true;
      done.complete(null);
    }
  }
}
