package org.careshelf.speech;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An article as one WAV file, for a kiosk's headphones or a patient's phone: each line of its
 * script written by the engine, joined with the script's pauses as silence. The file appears only
 * once complete; a failure leaves no part of it behind.
 */
public final class Recording {

  private Recording() {}

  /** Writes {@code script} spoken by {@code speech} at {@code pace} to {@code out}. */
  public static Wav write(Speech speech, Script script, Pace pace, Path out) throws IOException {
    if (!speech.canWrite()) {
      throw new IOException(speech.name() + " cannot write audio files");
    }
    Path target = out.toAbsolutePath();
    Path folder = target.getParent();
    Path line = Files.createTempFile(folder, ".careshelf-line", ".wav");
    Path whole = Files.createTempFile(folder, ".careshelf-speak", ".wav");
    try {
      Wav first = null;
      ByteArrayOutputStream samples = new ByteArrayOutputStream();
      for (Script.Line l : script.lines()) {
        Files.deleteIfExists(line);
        speech.write(l.spoken(), pace, line);
        Wav said = Wav.read(line);
        if (first == null) {
          first = said;
        } else if (!first.sameFormat(said)) {
          throw new IOException(speech.name() + " changed its audio format between sentences");
        }
        samples.write(said.data());
        long silence = (long) said.sampleRate() * l.pauseMillis() / 1000 * said.frameSize();
        byte[] quiet = new byte[(int) silence];
        if (said.bitsPerSample() == 8) {
          // 8-bit WAV samples are unsigned: silence is the middle value.
          java.util.Arrays.fill(quiet, (byte) 0x80);
        }
        samples.write(quiet);
      }
      if (first == null) {
        throw new IOException("the article has no words to speak");
      }
      Wav wav =
          new Wav(
              first.channels(), first.sampleRate(), first.bitsPerSample(), samples.toByteArray());
      Files.write(whole, wav.bytes());
      try {
        Files.move(
            whole, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(whole, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return wav;
    } finally {
      Files.deleteIfExists(line);
      Files.deleteIfExists(whole);
    }
  }
}
