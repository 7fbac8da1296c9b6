package org.careshelf.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
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
    call(() -> true, source, work, done, failed);
  }

  /** As {@link #call}, but work and callbacks are skipped once {@code wanted} says false. */
  private <S, T> void call(
      BooleanSupplier wanted,
      CompletableFuture<S> source,
      Function<S, T> work,
      Consumer<? super T> done,
      Consumer<Throwable> failed) {
    source
        .thenApplyAsync(s -> wanted.getAsBoolean() ? work.apply(s) : null, background)
        .whenCompleteAsync(
            (result, failure) -> {
              if (!wanted.getAsBoolean()) {
                return;
              } else if (failure == null) {
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

    /** As {@link Async#call}, as a new request. */
    public <S, T> void call(
        CompletableFuture<S> source,
        Function<S, T> work,
        Consumer<? super T> done,
        Consumer<Throwable> failed) {
      call(next(), source, work, done, failed);
    }

    /** As {@link Async#call}, for {@code request}, from {@link #next}: skipped once stale. */
    public <S, T> void call(
        long request,
        CompletableFuture<S> source,
        Function<S, T> work,
        Consumer<? super T> done,
        Consumer<Throwable> failed) {
      if (isLatest(request)) {
        Async.this.call(() -> isLatest(request), source, work, done, failed);
      }
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
