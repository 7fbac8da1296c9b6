package org.careshelf.speech;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * An engine that is a program of the system, started once for each sentence: its end is the end of
 * the sentence, and ending it stops the voice.
 */
abstract class ProcessSpeech implements Speech {

  /** Longest a sentence may take to be written to a file before the program is given up on. */
  static final long WRITE_TIMEOUT_SECONDS = 60;

  private final Path program;

  ProcessSpeech(Path program) {
    this.program = program;
  }

  /**
   * The program's arguments that say {@code words} at {@code pace}, to {@code wav} when it is not
   * null; what the program reads from its environment goes in {@code environment}.
   */
  abstract List<String> arguments(
      String words, Pace pace, Path wav, Map<String, String> environment);

  /** Whether the words are written to the program's standard input rather than given to it. */
  abstract boolean wordsOnStandardInput();

  /** Stops what the program left speaking after it was ended, where it hands words on. */
  void afterStop() {}

  @Override
  public String name() {
    return program.getFileName().toString().replaceFirst("(?i)\\.exe$", "");
  }

  private Process start(String words, Pace pace, Path wav) throws IOException {
    ProcessBuilder builder = new ProcessBuilder();
    List<String> command = new ArrayList<>();
    command.add(program.toString());
    command.addAll(arguments(words, pace, wav, builder.environment()));
    builder.command(command);
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    if (!wordsOnStandardInput()) {
      builder.redirectInput(ProcessBuilder.Redirect.from(nullFile()));
    }
    Process process = builder.start();
    if (wordsOnStandardInput()) {
      try (OutputStream in = process.getOutputStream()) {
        in.write(words.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        process.destroy();
        throw e;
      }
    }
    return process;
  }

  private static java.io.File nullFile() {
    return new java.io.File(
        System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  @Override
  public Utterance speak(String words, Pace pace) throws IOException {
    Process process = start(words, pace, null);
    return new Utterance() {
      private volatile boolean stopped;
      private final CompletableFuture<Void> done =
          process
              .onExit()
              .thenAccept(
                  ended -> {
                    if (!stopped && ended.exitValue() != 0) {
                      throw new IllegalStateException(
                          name() + " ended with status " + ended.exitValue());
                    }
                  });

      @Override
      public CompletableFuture<Void> done() {
        return done;
      }

      @Override
      public void stop() {
        stopped = true;
        process.destroy();
        afterStop();
      }
    };
  }

  @Override
  public boolean canWrite() {
    return true;
  }

  @Override
  public void write(String words, Pace pace, Path wav) throws IOException {
    if (!canWrite()) {
      throw new IOException(name() + " cannot write audio files");
    }
    Process process = start(words, pace, wav);
    try {
      if (!process.waitFor(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(name() + " took longer than " + WRITE_TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while " + name() + " was writing", e);
    }
    if (process.exitValue() != 0 || !Files.isRegularFile(wav) || Files.size(wav) == 0) {
      throw new IOException(name() + " wrote no audio (status " + process.exitValue() + ")");
    }
  }
}
