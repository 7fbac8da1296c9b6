package org.careshelf.speech;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Linux's espeak-ng: speaks, and writes WAV files with {@code -w}. */
final class EspeakSpeech extends ProcessSpeech {

  EspeakSpeech(Path program) {
    super(program);
  }

  @Override
  List<String> arguments(String words, Pace pace, Path wav, Map<String, String> environment) {
    // -b 1: the words arrive as UTF-8, whatever the system's locale says.
    List<String> args =
        new ArrayList<>(List.of("-b", "1", "-s", Integer.toString(pace.wordsPerMinute())));
    if (wav != null) {
      args.add("-w");
      args.add(wav.toAbsolutePath().toString());
    }
    args.add("--stdin");
    return args;
  }

  @Override
  boolean wordsOnStandardInput() {
    return true;
  }
}
