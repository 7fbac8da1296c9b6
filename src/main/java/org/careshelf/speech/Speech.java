package org.careshelf.speech;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A text-to-speech engine of the system, offline: one sentence at a time is spoken, so that the
 * reader hears where read aloud is and pausing or stopping is immediate.
 */
public interface Speech {

  /** The engine's name, as a program or an API is called: "espeak-ng", "say". */
  String name();

  /** Starts speaking {@code words} at {@code pace}. */
  Utterance speak(String words, Pace pace) throws IOException;

  /** Whether {@link #write} works with this engine. */
  boolean canWrite();

  /**
   * Writes {@code words} spoken at {@code pace} to {@code wav}, a WAV file of 16-bit PCM; returns
   * once it is written.
   */
  void write(String words, Pace pace, Path wav) throws IOException;
}
