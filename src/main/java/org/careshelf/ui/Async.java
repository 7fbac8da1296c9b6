package org.careshelf.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs storage work off the FX thread and hands its result back on the FX thread, or its failure to
 * {@link Failures}: the one way view models reach the databases.
 *
 * @param background runs the work
 * @param fx runs the callbacks (Platform::runLater)
 * @param failures hears of every failure the callers do not handle themselves
 */
public record Async(Executor background, Executor fx, Failures failures) {

  /** A failure callback that tells the reader {@code messageKey}'s sentence and logs the cause. */
  public Consumer<Throwable> telling(String messageKey) {
    return cause -> failures.tell(messageKey, cause);
  }

  /** A failure callback that logs the cause under {@code what}, telling the reader nothing. */
  public Consumer<Throwable> logging(String what) {
    return cause -> failures.log(what, cause);
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

  /** A new line of requests of which only the latest is answered. */
  public Latest latest() {
    return new Latest();
  }

  /**
   * Requests of which only the latest counts, such as the article being opened or the search being
   * typed: an earlier request's work is skipped if it has not started, and its answer is dropped.
   */
  public final class Latest {

    private final AtomicLong newest = new AtomicLong();

    private Latest() {}

    /** Starts a new request, making every earlier one stale; returns its number. */
    public long next() {
      return newest.incrementAndGet();
    }

    /** Whether {@code request} is still the latest. */
    public boolean isLatest(long request) {
      return newest.get() == request;
    }

    /** As {@link Async#call}, for {@code request}, from {@link #next}: skipped once stale. */
    public <S, T> void call(
        long request,
        CompletableFuture<S> source,
        Function<S, T> work,
        Consumer<? super T> done,
        Consumer<Throwable> failed) {
      if (!isLatest(request)) {
        return;
      }
      Async.this.call(
          source,
          s -> isLatest(request) ? work.apply(s) : null,
          result -> {
            if (isLatest(request)) {
              done.accept(result);
            }
          },
          failure -> {
            if (isLatest(request)) {
              failed.accept(failure);
            }
          });
    }
  }

  /** Runs {@code work} in the background once {@code source} is ready; reports a failure. */
  public <S> void run(CompletableFuture<S> source, Consumer<S> work, Consumer<Throwable> failed) {
    // Only a failure comes back to the FX thread: a save that worked has nothing to tell it.
    source
        .thenAcceptAsync(work, background)
        .whenComplete(
            (nothing, failure) -> {
              if (failure != null) {
                fx.execute(() -> failed.accept(unwrap(failure)));
              }
            });
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }
}
