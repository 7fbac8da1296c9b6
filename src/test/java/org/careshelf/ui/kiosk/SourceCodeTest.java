package org.careshelf.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.careshelf.library.Article;
import org.careshelf.library.Source;
import org.careshelf.ui.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The QR code a kiosk shows of an article's first source reads back as that address. */
@ExtendWith(ApplicationExtension.class)
class SourceCodeTest {

  static final String URL = "https://www.cancer.gov/about-cancer/treatment/research/car-t-cells";

  static Article article(String... urls) {
    List<Source> sources =
        java.util.Arrays.stream(urls)
            .map(
                u ->
                    new Source("A page", "National Cancer Institute", u, LocalDate.of(2026, 12, 1)))
            .toList();
    return new Article(
        "x", "X", "t", "s", LocalDate.of(2026, 12, 1), sources, List.of("y"), null, "Body.");
  }

  @Test
  void theCodeReadsAsTheFirstSourceAndNamesItsSite() throws Exception {
    BitMatrix matrix = org.careshelf.handout.QrCode.matrix(URL, SourceCode.QUIET_ZONE);
    int dot = SourceCode.DOT;
    int width = matrix.getWidth() * dot;
    int height = matrix.getHeight() * dot;
    int[] pixels = new int[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        pixels[y * width + x] = matrix.get(x / dot, y / dot) ? 0xff000000 : 0xffffffff;
      }
    }
    LuminanceSource source = new RGBLuminanceSource(width, height, pixels);

    assertThat(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText())
        .isEqualTo(URL);

    HBox box = (HBox) new SourceCode(Messages.forLocale(Locale.ENGLISH)).of(article(URL));
    assertThat(box.getChildren()).hasSize(2);
    assertThat(((Label) box.getChildren().get(1)).getText())
        .isEqualTo("Scan to read this on your phone at cancer.gov");
  }

  @Test
  void anArticleWithoutAWebSourceShowsNoCode() {
    assertThat(SourceCode.firstWebSource(article("not an address"))).isEmpty();
  }
}
