package org.careshelf.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs storage work off the FX thread and hands its result back on the FX thread: the one way view
 * models reach the databases.
 */
public final class Async {

  private final Executor background;
  private final Executor fx;

  /** {@code background} runs the work; {@code fx} runs the callbacks (Platform::runLater). */
  public Async(Executor background, Executor fx) {
    this.background = background;
    this.fx = fx;
  }

  /**
   * Once {@code source} is ready, runs {@code work} on it in the background, then {@code done} with
   * its result or {@code failed} with the error on the FX thread.
   */
  public <S, T> void call(
      CompletableFuture<S> source,
      Function<S, T> work,
      Consumer<? super T> done,
      Consumer<Throwable> failed) {
    source
        .thenApplyAsync(work, background)
        .whenCompleteAsync(
            (result, failure) -> {
              if (failure == null) {
                done.accept(result);
              } else {
                failed.accept(unwrap(failure));
              }
            },
            fx);
  }

  /** Runs {@code work} in the background once {@code source} is ready; reports a failure. */
  public <S> void run(CompletableFuture<S> source, Consumer<S> work, Consumer<Throwable> failed) {
    call(
        source,
        s -> {
          work.accept(s);
          return null;
        },
        ignored -> {},
        failed);
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }
}
