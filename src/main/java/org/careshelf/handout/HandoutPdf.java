package org.careshelf.handout;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes handouts as one PDF: fonts embedded, tagged for screen readers (headings, paragraphs,
 * lists, tables, the QR code's description), its title and language set, each handout starting on a
 * new page with the footer "From CareShelf, printed DATE. Ask your care team about your own care."
 *
 * <p>For example, {@code new HandoutPdf(messages).write(List.of(handout), Paper.A4, TypeSize.LARGE,
 * LocalDate.now(), out)}.
 */
public final class HandoutPdf {

  private final HandoutMessages messages;

  public HandoutPdf(HandoutMessages messages) {
    this.messages = messages;
  }

  /** Writes {@code handouts}, printed on {@code printed}, to {@code out}. */
  public void write(
      List<Handout> handouts, Paper paper, TypeSize size, LocalDate printed, OutputStream out)
      throws IOException {
    if (handouts.isEmpty()) {
      throw new IllegalArgumentException("a PDF needs at least one handout");
    }
    // One handout at a time: the parsed font files are shared between documents.
    synchronized (Fonts.class) {
      writeOne(handouts, paper, size, printed, out);
    }
  }

  private void writeOne(
      List<Handout> handouts, Paper paper, TypeSize size, LocalDate printed, OutputStream out)
      throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      String title =
          handouts.size() == 1
              ? handouts.get(0).title()
              : messages.get("handout.several", handouts.get(0).title(), handouts.size() - 1);
      describe(pdf, title, printed);
      Tags tags = new Tags(pdf, messages.get("handout.language"));
      Fonts fonts = Fonts.embedIn(pdf);
      String footer = messages.get("handout.footer", messages.date(printed));
      for (Handout handout : handouts) {
        new Typesetter(pdf, fonts, paper, size, tags, messages, footer).set(handout);
      }
      tags.finish();
      pdf.save(out);
    }
  }

  private static void describe(PDDocument pdf, String title, LocalDate printed) {
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor("CareShelf");
    info.setCreator("CareShelf");
    Calendar created =
        new GregorianCalendar(
            printed.getYear(), printed.getMonthValue() - 1, printed.getDayOfMonth());
    info.setCreationDate(created);
    PDViewerPreferences preferences =
        new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
    // A reader's window shows the handout's title, not the file's name.
    preferences.setDisplayDocTitle(true);
    pdf.getDocumentCatalog().setViewerPreferences(preferences);
  }
}
