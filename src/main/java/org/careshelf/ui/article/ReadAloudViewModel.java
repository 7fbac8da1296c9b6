package org.careshelf.ui.article;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.careshelf.content.Passages;
import org.careshelf.library.Article;
import org.careshelf.speech.Pace;
import org.careshelf.speech.Pronunciation;
import org.careshelf.speech.Script;
import org.careshelf.speech.Speech;
import org.careshelf.speech.Utterance;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Async;

/**
 * Read aloud of the article shown: speaks its script one line at a time through the system's
 * engine, with the line being spoken as a property for the view to mark; pauses, goes on, stops,
 * and remembers the reader's pace (except on a kiosk).
 */
public final class ReadAloudViewModel {

  /** The setting that remembers the pace. */
  static final String PACE = "speech-pace";

  /** What read aloud is doing. */
  public enum State {
    STOPPED,
    SPEAKING,
    PAUSED
  }

  /** Runs {@code then} on the FX thread after {@code millis}: the pause between two lines. */
  public interface Later {
    void run(long millis, Runnable then);
  }

  private final Optional<Speech> speech;
  private final CompletableFuture<Pronunciation> pronunciation;
  private final CompletableFuture<UserStore> user;
  private final Async async;
  private final Later later;
  private final boolean remember;
  private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.STOPPED);
  private final ReadOnlyObjectWrapper<Script.Line> line = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Pace> pace = new ReadOnlyObjectWrapper<>(Pace.NORMAL);
  private final ReadOnlyObjectWrapper<Script> script = new ReadOnlyObjectWrapper<>();
  private Utterance utterance;
  private int index = -1;
  // Each start, pause and stop begins a new run; what an older run's engine says is ignored.
  private long run;

  /**
   * {@code speech} is the system's engine, if it has one; the pace is loaded from and saved to
   * {@code user} only when {@code remember} (a kiosk forgets it with its reader).
   */
  public ReadAloudViewModel(
      Optional<Speech> speech,
      CompletableFuture<Pronunciation> pronunciation,
      CompletableFuture<UserStore> user,
      Async async,
      Later later,
      boolean remember) {
    this.speech = speech;
    this.pronunciation = pronunciation;
    this.user = user;
    this.async = async;
    this.later = later;
    this.remember = remember;
    if (remember) {
      async.call(
          user,
          u -> u.setting(PACE).flatMap(Pace::of),
          saved -> saved.ifPresent(pace::set),
          async.logging("readAloud.load"));
    }
  }

  /** Whether the system has speech; when not, the view says how to add it. */
  public boolean available() {
    return speech.isPresent();
  }

  public ReadOnlyObjectProperty<State> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** The line being spoken (or paused in), to mark on screen; null when stopped. */
  public ReadOnlyObjectProperty<Script.Line> lineProperty() {
    return line.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Pace> paceProperty() {
    return pace.getReadOnlyProperty();
  }

  /** The script of the article shown, or null before one is shown. */
  public ReadOnlyObjectProperty<Script> scriptProperty() {
    return script.getReadOnlyProperty();
  }

  /** Makes {@code article} the one to read, stopping any other; null forgets it. */
  public void show(Article article) {
    stop();
    script.set(
        article == null
            ? null
            : Script.of(
                Passages.of(article.title(), article.summary(), article.body()),
                pronunciation.getNow(Pronunciation.NONE)));
  }

  /** Starts reading at line {@code from} of the script (0: the title). */
  public void start(int from) {
    Script shown = script.get();
    if (speech.isEmpty() || shown == null || shown.lines().isEmpty()) {
      return;
    }
    run++;
    halt();
    state.set(State.SPEAKING);
    say(Math.max(0, Math.min(from, shown.lines().size() - 1)));
  }

  /** Pauses when speaking, goes on when paused, and otherwise starts at line {@code from}. */
  public void toggle(int from) {
    switch (state.get()) {
      case SPEAKING -> pause();
      case PAUSED -> resume();
      case STOPPED -> start(from);
    }
  }

  /** Stops the voice at once, keeping the line marked to go on from. */
  public void pause() {
    if (state.get() == State.SPEAKING) {
      run++;
      halt();
      state.set(State.PAUSED);
    }
  }

  /** Goes on from the start of the line paused in. */
  public void resume() {
    if (state.get() == State.PAUSED) {
      run++;
      state.set(State.SPEAKING);
      say(index);
    }
  }

  /** Stops reading; the mark goes. */
  public void stop() {
    run++;
    halt();
    state.set(State.STOPPED);
    line.set(null);
    index = -1;
  }

  /** Changes the pace; a line being spoken starts again at the new pace. */
  public void setPace(Pace chosen) {
    if (chosen == pace.get()) {
      return;
    }
    pace.set(chosen);
    if (remember) {
      async.run(user, u -> u.putSetting(PACE, chosen.id()), async.telling("notice.saveFailed"));
    }
    if (state.get() == State.SPEAKING) {
      run++;
      halt();
      say(index);
    }
  }

  /** Stops and forgets the article and the pace: a kiosk's next reader starts afresh. */
  public void reset() {
    show(null);
    pace.set(Pace.NORMAL);
  }

  private void halt() {
    if (utterance != null) {
      utterance.stop();
      utterance = null;
    }
  }

  private void say(int at) {
    long mine = run;
    Script.Line said = script.get().lines().get(at);
    index = at;
    line.set(said);
    try {
      utterance = speech.get().speak(said.spoken(), pace.get());
    } catch (IOException e) {
      failed(e);
      return;
    }
    utterance
        .done()
        .whenCompleteAsync(
            (nothing, failure) -> {
              if (mine != run) {
                return;
              }
              if (failure != null) {
                failed(failure);
              } else if (at + 1 >= script.get().lines().size()) {
                stop();
              } else {
                later.run(
                    said.pauseMillis(),
                    () -> {
                      if (mine == run) {
                        say(at + 1);
                      }
                    });
              }
            },
            async.fx());
  }

  private void failed(Throwable cause) {
    stop();
    async
        .telling("readAloud.failed")
        .accept(
            cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null
                ? cause.getCause()
                : cause);
  }
}
