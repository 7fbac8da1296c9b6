package org.careshelf.ui.print;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.careshelf.handout.Paper;
import org.careshelf.handout.TypeSize;
import org.careshelf.ui.Messages;

/**
 * The pages as they will come out of the printer, made again when the reader chooses large print or
 * another paper; then the system's print dialog, or Save as PDF.
 */
final class PrintPreview extends Dialog<Void> {

  /** Dots per inch of the pictures on screen: a whole page readable at a glance. */
  static final float PREVIEW_DPI = 72f;

  private final Messages messages;
  private final PaperActions actions;
  private final String id;
  private final VBox pages = new VBox(16);
  private final ProgressIndicator busy = new ProgressIndicator();
  private final Label status = new Label();
  private final CheckBox large;
  private final ChoiceBox<Paper> paper = new ChoiceBox<>();
  private long shown;

  PrintPreview(
      Window owner,
      Messages messages,
      PaperActions actions,
      String id,
      Paper start,
      TypeSize size) {
    this.messages = messages;
    this.actions = actions;
    this.id = id;
    initOwner(owner);
    setTitle(messages.get("print.title"));
    large = new CheckBox(messages.get("print.large"));
    large.setId("largePrint");
    large.setSelected(size == TypeSize.LARGE);
    paper.getItems().setAll(Paper.values());
    paper.setValue(start);
    paper.setId("paperChoice");
    paper.setAccessibleText(messages.get("print.paper"));
    paper.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(Paper p) {
            return p == Paper.A4 ? "A4" : "Letter";
          }

          @Override
          public Paper fromString(String s) {
            return Paper.named(s).orElse(Paper.LETTER);
          }
        });
    Button print = new Button(messages.get("print.print"));
    print.setId("printPages");
    print.setDefaultButton(true);
    print.setOnAction(e -> print());
    Button save = new Button(messages.get("print.save"));
    save.setId("savePages");
    save.setOnAction(e -> actions.saveAsPdf(id, paper.getValue(), size()));
    busy.setMaxSize(32, 32);
    status.setId("printStatus");
    status.setWrapText(true);
    HBox bar =
        new HBox(
            12, print, save, large, new Label(messages.get("print.paper")), paper, busy, status);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(0, 0, 12, 0));
    pages.setAlignment(Pos.TOP_CENTER);
    pages.setPadding(new Insets(16));
    pages.setStyle("-fx-background-color: #8a8a8a;");
    ScrollPane scroll = new ScrollPane(pages);
    scroll.setFitToWidth(true);
    scroll.setPrefViewportHeight(owner == null ? 600 : owner.getHeight() * 0.7);
    scroll.setPrefViewportWidth(660);
    BorderPane content = new BorderPane(scroll);
    content.setTop(bar);
    content.setId("printPreview");
    getDialogPane().setContent(content);
    getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    if (owner != null && owner.getScene() != null) {
      getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
      getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
    }
    large.selectedProperty().addListener((obs, was, now) -> refresh());
    paper.valueProperty().addListener((obs, was, now) -> refresh());
    refresh();
  }

  private TypeSize size() {
    return large.isSelected() ? TypeSize.LARGE : TypeSize.NORMAL;
  }

  /** Makes the pages again; only the latest request's pages are shown. */
  private void refresh() {
    long request = ++shown;
    busy.setVisible(true);
    status.setText(messages.get("print.preparing"));
    actions
        .preview(id, paper.getValue(), size(), PREVIEW_DPI)
        .whenComplete(
            (images, failure) ->
                javafx.application.Platform.runLater(
                    () -> {
                      if (request != shown) {
                        return;
                      }
                      busy.setVisible(false);
                      if (failure != null) {
                        status.setText(messages.get("print.failed"));
                        return;
                      }
                      status.setText(messages.get("print.pages", images.size()));
                      pages.getChildren().clear();
                      for (int i = 0; i < images.size(); i++) {
                        ImageView page = new ImageView(images.get(i));
                        page.setAccessibleText(messages.get("print.page", i + 1, images.size()));
                        page.setStyle("-fx-effect: dropshadow(gaussian, #444, 8, 0, 0, 2);");
                        pages.getChildren().add(page);
                      }
                    }));
  }

  private void print() {
    PrinterJob job = PrinterJob.createPrinterJob();
    if (job == null) {
      status.setText(messages.get("print.noPrinter"));
      return;
    }
    if (job.showPrintDialog(getOwner())) {
      actions.printWith(job, id, paper.getValue(), size());
      close();
    } else {
      job.cancelJob();
    }
  }
}
