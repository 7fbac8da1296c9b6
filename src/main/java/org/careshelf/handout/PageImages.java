package org.careshelf.handout;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A handout's pages as pictures, for the print preview and for the printer: what the PDF shows. */
public final class PageImages {

  private PageImages() {}

  /** Every page of {@code pdf} at {@code dpi} dots per inch. */
  public static List<BufferedImage> of(byte[] pdf, float dpi) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(document);
      List<BufferedImage> pages = new ArrayList<>();
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
      }
      return pages;
    }
  }
}
