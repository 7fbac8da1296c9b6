package org.careshelf.ui.print;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.careshelf.handout.HandoutFile;
import org.careshelf.handout.PageImages;
import org.careshelf.handout.Paper;
import org.careshelf.handout.TypeSize;
import org.careshelf.ui.Failures;
import org.careshelf.ui.Messages;

/**
 * Print and Save as PDF for what the reader is looking at (an article, a glossary entry, their
 * questions): a preview and the system's print dialog, or on a kiosk that may print, its default
 * printer at once. The paper is made, rendered and printed off the FX thread.
 */
public final class PaperActions {

  /** Makes the PDF of a handout id, off the FX thread. */
  @FunctionalInterface
  public interface Maker {
    CompletableFuture<byte[]> pdf(String id, Paper paper, TypeSize size);
  }

  /** Dots per inch of the pictures sent to a printer: sharp text without huge images. */
  static final float PRINT_DPI = 200f;

  private final Window owner;
  private final Messages messages;
  private final Maker maker;
  private final Executor background;
  private final Executor fx;
  private final Failures failures;
  private final Consumer<String> notice;
  private final Supplier<Optional<String>> shown;
  private final BooleanSupplier largePrint;
  private final boolean kiosk;

  /**
   * {@code shown} is the handout id of what the reader is looking at, if it can be printed; {@code
   * largePrint} says whether to start at large print (a reader with large text on screen); {@code
   * kiosk} prints straight to the default printer and never saves a file.
   */
  public PaperActions(
      Window owner,
      Messages messages,
      Maker maker,
      Executor background,
      Executor fx,
      Failures failures,
      Consumer<String> notice,
      Supplier<Optional<String>> shown,
      BooleanSupplier largePrint,
      boolean kiosk) {
    this.owner = owner;
    this.messages = messages;
    this.maker = maker;
    this.background = background;
    this.fx = fx;
    this.failures = failures;
    this.notice = notice;
    this.shown = shown;
    this.largePrint = largePrint;
    this.kiosk = kiosk;
  }

  /** The paper of this computer's country: Letter in the United States, A4 in most places. */
  static Paper usualPaper() {
    return Paper.forCountry(Locale.getDefault().getCountry());
  }

  /** Prints what is shown: a preview first, or a kiosk's default printer straight away. */
  public void print() {
    Optional<String> id = shown.get();
    if (id.isEmpty()) {
      notice.accept(messages.get("print.nothing"));
    } else if (kiosk) {
      printOnKioskPrinter(id.get());
    } else {
      new PrintPreview(owner, messages, this, id.get(), usualPaper(), size()).show();
    }
  }

  /** Asks where to save what is shown as a PDF, then writes it there; never on a kiosk. */
  public void saveAsPdf() {
    Optional<String> id = shown.get();
    if (kiosk) {
      return;
    }
    if (id.isEmpty()) {
      notice.accept(messages.get("print.nothing"));
      return;
    }
    saveAsPdf(id.get(), usualPaper(), size());
  }

  void saveAsPdf(String id, Paper paper, TypeSize size) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(messages.get("print.chooser"));
    chooser.setInitialFileName(id.replace(':', '-').replace(' ', '-') + ".pdf");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
    File file = chooser.showSaveDialog(owner);
    if (file == null) {
      return;
    }
    Path target = file.toPath();
    maker
        .pdf(id, paper, size)
        .thenAcceptAsync(
            bytes -> {
              try {
                HandoutFile.write(target, out -> out.write(bytes));
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            },
            background)
        .whenCompleteAsync(
            (done, failure) -> {
              if (failure == null) {
                notice.accept(messages.get("print.saved", target.getFileName()));
              } else {
                failures.tell("print.saveFailed", failure);
              }
            },
            fx);
  }

  /** The handout's pages as pictures for the screen, at {@code dpi}. */
  CompletableFuture<List<WritableImage>> preview(String id, Paper paper, TypeSize size, float dpi) {
    return maker.pdf(id, paper, size).thenApplyAsync(bytes -> images(bytes, dpi), background);
  }

  /** After the system's print dialog: prints every page of the handout with {@code job}. */
  void printWith(PrinterJob job, String id, Paper paper, TypeSize size) {
    maker
        .pdf(id, paper, size)
        .thenApplyAsync(bytes -> images(bytes, PRINT_DPI), background)
        .thenAcceptAsync(pages -> printPages(job, paper, pages), background)
        .whenCompleteAsync(
            (done, failure) -> {
              if (failure == null) {
                notice.accept(messages.get("print.printed", job.getPrinter().getName()));
              } else {
                job.cancelJob();
                failures.tell("print.failed", failure);
              }
            },
            fx);
  }

  private void printOnKioskPrinter(String id) {
    Printer printer = Printer.getDefaultPrinter();
    PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
    if (job == null) {
      notice.accept(messages.get("print.kioskNoPrinter"));
      return;
    }
    notice.accept(messages.get("print.printing"));
    printWith(job, id, usualPaper(), size());
  }

  private TypeSize size() {
    return largePrint.getAsBoolean() ? TypeSize.LARGE : TypeSize.NORMAL;
  }

  private static List<WritableImage> images(byte[] pdf, float dpi) {
    try {
      return PageImages.of(pdf, dpi).stream().map(PaperActions::image).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A page picture for JavaFX, copied pixel rows at a time (JavaFX has no AWT bridge here). */
  static WritableImage image(BufferedImage page) {
    int width = page.getWidth();
    int height = page.getHeight();
    WritableImage image = new WritableImage(width, height);
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      page.getRGB(0, y, width, 1, row, 0, width);
      image
          .getPixelWriter()
          .setPixels(
              0, y, width, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, width);
    }
    return image;
  }

  /**
   * Prints each page scaled to the printer's paper, off the FX thread (the nodes are not shown).
   */
  private static void printPages(PrinterJob job, Paper paper, List<WritableImage> pages) {
    PageLayout layout =
        job.getPrinter()
            .createPageLayout(
                paper == Paper.A4 ? javafx.print.Paper.A4 : javafx.print.Paper.NA_LETTER,
                PageOrientation.PORTRAIT,
                Printer.MarginType.HARDWARE_MINIMUM);
    for (WritableImage page : pages) {
      ImageView view = new ImageView(page);
      view.setPreserveRatio(true);
      // The PDF's own margins are on the picture; fit it whole inside what the printer can reach.
      view.setFitWidth(layout.getPrintableWidth());
      view.setFitHeight(layout.getPrintableHeight());
      if (!job.printPage(layout, view)) {
        throw new IllegalStateException("the printer refused a page: " + job.getJobStatus());
      }
    }
    if (!job.endJob()) {
      throw new IllegalStateException("the printer did not finish: " + job.getJobStatus());
    }
  }
}
