package org.careshelf.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Linux's speech-dispatcher through {@code spd-say}, when espeak-ng is not there: it speaks with
 * the voice the desktop is set up with, but cannot write files.
 */
final class SpdSaySpeech extends ProcessSpeech {

  private final Path program;

  SpdSaySpeech(Path program) {
    super(program);
    this.program = program;
  }

  @Override
  List<String> arguments(String words, Pace pace, Path wav, Map<String, String> environment) {
    // -w waits until the words are said, so the program's end is the sentence's end.
    return List.of("-w", "-r", Integer.toString(30 * pace.step()), "--", words);
  }

  @Override
  boolean wordsOnStandardInput() {
    return false;
  }

  @Override
  void afterStop() {
    // spd-say only hands the words to the dispatcher, which goes on speaking them: cancel them.
    try {
      new ProcessBuilder(program.toString(), "-C")
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      // The sentence under way ends by itself; the next one is never started.
    }
  }

  @Override
  public boolean canWrite() {
    return false;
  }
}
