package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.careshelf.speech.Engines;
import org.careshelf.speech.Pace;
import org.careshelf.speech.Speech;
import org.careshelf.speech.Utterance;
import org.careshelf.speech.Wav;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code careshelf speak}: with espeak-ng, one bundled article written as audio of a sensible
 * length; without an engine or with a bad id or folder, one line and exit 2, and no file.
 */
class SpeakCommandTest {

  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(Optional<Speech> engine, String... args) throws Exception {
    CommandLine line = CommandLine.parse(args);
    return SpeakCommand.run(
        line,
        DataFolders.single(dir.resolve("data")),
        engine,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesAnArticleAsLongAsItsWordsTakeToSay() throws Exception {
    Optional<Speech> espeak = Engines.find();
    boolean required = Boolean.getBoolean("speech.required");
    assumeTrue(
        required || espeak.filter(e -> e.name().equals("espeak-ng")).isPresent(),
        "espeak-ng is not installed (CI installs it and sets -Dspeech.required=true)");
    assertThat(espeak.map(Speech::name)).as("espeak-ng on the PATH").contains("espeak-ng");
    Path wav = dir.resolve("icans.wav");

    int status = run(espeak, "speak", "icans", "--out", wav.toString());

    assertThat(status).as(err()).isZero();
    Wav written = Wav.read(wav);
    assertThat(written.channels()).isEqualTo(1);
    assertThat(written.bitsPerSample()).isEqualTo(16);
    double seconds = written.frames() / (double) written.sampleRate();
    long words = SpeakCommand.spokenWords("icans", DataFolders.single(dir.resolve("data")));
    double minutesAtNormal = words / (double) Pace.NORMAL.wordsPerMinute();
    // espeak-ng says about 175 words a minute; pauses, numbers and spelled letters add to it.
    assertThat(seconds).isBetween(minutesAtNormal * 60 * 0.6, minutesAtNormal * 60 * 1.8);
    assertThat(words).isGreaterThan(200);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote ").contains("espeak-ng");
  }

  @Test
  void anUnknownIdExitsTwoAndWritesNothing() throws Exception {
    Path wav = dir.resolve("x.wav");
    assertThat(
            run(Optional.of(new Silent(true)), "speak", "no-such-article", "--out", wav.toString()))
        .isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "careshelf: no article has the id 'no-such-article' ('careshelf list' lists them).\n");
    assertThat(wav).doesNotExist();
  }

  @Test
  void aFolderThatIsNotThereExitsTwo() throws Exception {
    Path wav = dir.resolve("missing/x.wav");
    assertThat(run(Optional.of(new Silent(true)), "speak", "icans", "--out", wav.toString()))
        .isEqualTo(2);
    assertThat(err().lines()).hasSize(1);
    assertThat(err()).contains("cannot write");
  }

  @Test
  void anEngineThatCannotWriteFilesSaysSo() throws Exception {
    Path wav = dir.resolve("x.wav");
    assertThat(run(Optional.of(new Silent(false)), "speak", "icans", "--out", wav.toString()))
        .isEqualTo(2);
    assertThat(err()).startsWith("careshelf: silent cannot write audio files; ");
    assertThat(run(Optional.empty(), "speak", "icans", "--out", wav.toString())).isEqualTo(2);
    assertThat(err()).contains("no speech engine found");
    assertThat(wav).doesNotExist();
  }

  @Test
  void anEngineThatFailsHalfWayLeavesNoFile() throws Exception {
    Path wav = dir.resolve("x.wav");
    assertThat(run(Optional.of(new Silent(true)), "speak", "icans", "--out", wav.toString()))
        .isEqualTo(1);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("data");
    }
  }

  /** An engine that writes nothing a WAV reader accepts. */
  record Silent(boolean canWrite) implements Speech {
    @Override
    public String name() {
      return "silent";
    }

    @Override
    public Utterance speak(String words, Pace pace) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void write(String words, Pace pace, Path wav) throws IOException {
      Files.writeString(wav, "not audio");
    }
  }
}
