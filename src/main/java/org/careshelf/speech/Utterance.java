package org.careshelf.speech;

import java.util.concurrent.CompletableFuture;

/** Words being spoken: finished when they have been said, or when stopped. */
public interface Utterance {

  /**
   * Completes once the words have been said (or speaking them stopped); completes exceptionally
   * when the engine failed.
   */
  CompletableFuture<Void> done();

  /** Stops speaking at once; {@link #done()} then completes. */
  void stop();
}
