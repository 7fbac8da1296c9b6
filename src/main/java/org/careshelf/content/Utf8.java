package org.careshelf.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Strict UTF-8 decoding that reports the line of the first bad byte. */
final class Utf8 {

  private Utf8() {}

  /** Decodes {@code bytes}, or reports them as invalid UTF-8 at the line where they go wrong. */
  static Optional<String> decode(String path, byte[] bytes, List<Problem> problems) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      problems.add(
          new Problem(
              path, firstBadLine(bytes), "invalid UTF-8: save the file with UTF-8 encoding"));
      return Optional.empty();
    }
  }

  /** The line holding the first byte sequence that is not valid UTF-8. */
  private static int firstBadLine(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return 1;
  }
}
