package org.careshelf.handout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two faces of a handout, DejaVu Sans and DejaVu Sans Bold (free fonts, see DejaVu-LICENSE.txt
 * beside them), embedded as subsets so the PDF prints the same everywhere; and the measures of text
 * set in them.
 */
final class Fonts {

  /** Characters the fonts lack, found once per run of the program. */
  private static final Map<Integer, Boolean> PRINTABLE = new ConcurrentHashMap<>();

  private final PDType0Font regular;
  private final PDType0Font bold;

  private Fonts(PDType0Font regular, PDType0Font bold) {
    this.regular = regular;
    this.bold = bold;
  }

  /** The parsed font files, read once: parsing them took most of each handout's time. */
  private static TrueTypeFont regularFile;

  private static TrueTypeFont boldFile;

  /**
   * The fonts for {@code pdf}; the parsed files are shared, so callers hold {@link Fonts}' lock
   * until the document is saved (a font file is read as each subset is made).
   */
  static Fonts embedIn(PDDocument pdf) throws IOException {
    if (regularFile == null) {
      regularFile = parse("DejaVuSans.ttf");
      boldFile = parse("DejaVuSans-Bold.ttf");
    }
    return new Fonts(
        PDType0Font.load(pdf, regularFile, true), PDType0Font.load(pdf, boldFile, true));
  }

  private static TrueTypeFont parse(String name) throws IOException {
    try (InputStream in = Fonts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("the font " + name + " is missing from the program");
      }
      return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
    }
  }

  PDFont font(boolean isBold) {
    return isBold ? bold : regular;
  }

  /** The width of {@code text} (already {@link #printable}) at {@code size} points. */
  float width(String text, boolean isBold, float size) {
    try {
      return font(isBold).getStringWidth(text) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code text} with white space made plain spaces and any character the fonts cannot draw (an
   * emoji, a rare script) made a question mark, rather than failing the whole handout.
   */
  String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                out.append(' ');
              } else if (PRINTABLE.computeIfAbsent(c, this::canDraw)) {
                out.appendCodePoint(c);
              } else {
                out.append('?');
              }
            });
    return out.toString();
  }

  private boolean canDraw(int codePoint) {
    try {
      String character = new String(Character.toChars(codePoint));
      regular.encode(character);
      bold.encode(character);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
