package org.careshelf.speech;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A WAV file of PCM samples: its format and its samples, read from the RIFF chunks ("fmt ", "data")
 * and written back with sizes that are right, whatever the engine put in its header.
 *
 * @param data the sample bytes, frames one after another
 */
public record Wav(int channels, int sampleRate, int bitsPerSample, byte[] data) {

  /** Bytes of one frame: one sample of each channel. */
  public int frameSize() {
    return channels * bitsPerSample / 8;
  }

  /** How many frames the file holds. */
  public long frames() {
    return data.length / frameSize();
  }

  /** Whether {@code other} has the same format, so that the two can be joined. */
  public boolean sameFormat(Wav other) {
    return channels == other.channels
        && sampleRate == other.sampleRate
        && bitsPerSample == other.bitsPerSample;
  }

  /** Reads {@code file}; fails on anything that is not a PCM WAV. */
  public static Wav read(Path file) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.remaining() < 12 || bytes.getInt(0) != 0x46464952 || bytes.getInt(8) != 0x45564157) {
      throw new IOException(file.getFileName() + " is not a WAV file");
    }
    int channels = 0;
    int rate = 0;
    int bits = 0;
    int at = 12;
    while (at + 8 <= bytes.limit()) {
      int id = bytes.getInt(at);
      // An engine writing to a pipe leaves the sizes too large: what is there is what counts.
      long size = Math.min(Integer.toUnsignedLong(bytes.getInt(at + 4)), bytes.limit() - at - 8L);
      int body = at + 8;
      if (id == 0x20746d66 && size >= 16) { // "fmt "
        int format = Short.toUnsignedInt(bytes.getShort(body));
        if (format != 1 && format != 0xFFFE) {
          throw new IOException(file.getFileName() + " holds compressed audio, not PCM");
        }
        channels = Short.toUnsignedInt(bytes.getShort(body + 2));
        rate = bytes.getInt(body + 4);
        bits = Short.toUnsignedInt(bytes.getShort(body + 14));
      } else if (id == 0x61746164) { // "data"
        if (channels == 0 || bits == 0) {
          throw new IOException(file.getFileName() + " has samples before their format");
        }
        byte[] data = new byte[(int) size];
        bytes.get(body, data);
        return new Wav(channels, rate, bits, data);
      }
      at = (int) (body + size + (size & 1));
    }
    throw new IOException(file.getFileName() + " holds no samples");
  }

  /** The whole file: a 44-byte PCM header and the samples. */
  public byte[] bytes() {
    ByteBuffer out = ByteBuffer.allocate(44 + data.length).order(ByteOrder.LITTLE_ENDIAN);
    out.putInt(0x46464952).putInt(36 + data.length).putInt(0x45564157);
    out.putInt(0x20746d66).putInt(16).putShort((short) 1).putShort((short) channels);
    out.putInt(sampleRate).putInt(sampleRate * frameSize()).putShort((short) frameSize());
    out.putShort((short) bitsPerSample);
    out.putInt(0x61746164).putInt(data.length).put(data);
    return out.array();
  }
}
