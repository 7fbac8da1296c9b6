package org.careshelf.handout;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** A QR code of a source's address, for paper and for the kiosk's screen alike. */
public final class QrCode {

  private QrCode() {}

  /**
   * The QR code of {@code text} as a grid of dots, with a quiet zone of {@code quietZone} dots
   * around it (medium error correction: a code on paper or a screen survives a smudge).
   */
  public static BitMatrix matrix(String text, int quietZone) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  quietZone));
    } catch (WriterException e) {
      throw new IllegalArgumentException("too long for a QR code: " + text.length(), e);
    }
  }
}
