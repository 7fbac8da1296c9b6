package org.careshelf.speech;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * macOS's {@code say}: speaks with the system voice, and writes WAV files with {@code -o}. Written
 * from Apple's manual page; not tried here (no Mac).
 */
final class MacSpeech extends ProcessSpeech {

  MacSpeech(Path program) {
    super(program);
  }

  @Override
  List<String> arguments(String words, Pace pace, Path wav, Map<String, String> environment) {
    List<String> args = new ArrayList<>(List.of("-r", Integer.toString(pace.wordsPerMinute())));
    if (wav != null) {
      args.addAll(
          List.of(
              "-o",
              wav.toAbsolutePath().toString(),
              "--file-format=WAVE",
              "--data-format=LEI16@22050"));
    }
    // -f -: the words come on standard input, so none can be taken for an option.
    args.addAll(List.of("-f", "-"));
    return args;
  }

  @Override
  boolean wordsOnStandardInput() {
    return true;
  }
}
