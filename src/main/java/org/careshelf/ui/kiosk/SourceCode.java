package org.careshelf.ui.kiosk;

import com.google.zxing.common.BitMatrix;
import java.net.URI;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import org.careshelf.library.Article;
import org.careshelf.library.Source;
import org.careshelf.ui.Messages;
import org.careshelf.ui.Styles;

/**
 * A QR code of an article's first public source, made on this machine, with "Scan to read this on
 * your phone at cancer.gov": the reader's phone opens it, never the kiosk.
 */
public final class SourceCode {

  /** The size of one dot of the code, in pixels: large enough for a phone held at arm's length. */
  static final int DOT = 5;

  private final Messages messages;

  public SourceCode(Messages messages) {
    this.messages = messages;
  }

  /** The code and its words for {@code article}, or an empty box when it has no web source. */
  public Node of(Article article) {
    HBox box = new HBox();
    box.setId("sourceCode");
    box.getStyleClass().add(Styles.KIOSK_QR);
    firstWebSource(article)
        .ifPresent(
            source -> {
              ImageView code =
                  new ImageView(
                      image(org.careshelf.handout.QrCode.matrix(source.url(), QUIET_ZONE)));
              code.setId("sourceCodeImage");
              String host = URI.create(source.url()).getHost().replaceFirst("^www\\.", "");
              Label words = new Label(messages.get("kiosk.qr", host));
              words.setWrapText(true);
              code.setAccessibleText(words.getText());
              box.getChildren().addAll(code, words);
            });
    return box;
  }

  static Optional<Source> firstWebSource(Article article) {
    return article.sources().stream()
        .filter(s -> s.url().startsWith("https://") && hostOf(s.url()) != null)
        .findFirst();
  }

  private static String hostOf(String url) {
    try {
      return URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The dots of white around the code: four, as the QR standard asks, on a screen of any colour.
   */
  static final int QUIET_ZONE = 4;

  private static WritableImage image(BitMatrix matrix) {
    WritableImage image = new WritableImage(matrix.getWidth() * DOT, matrix.getHeight() * DOT);
    PixelWriter pixels = image.getPixelWriter();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        // Black on white in every theme: phones read dark dots on a light ground.
        pixels.setColor(x, y, matrix.get(x / DOT, y / DOT) ? Color.BLACK : Color.WHITE);
      }
    }
    return image;
  }
}
