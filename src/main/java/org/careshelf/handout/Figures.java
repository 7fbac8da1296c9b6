package org.careshelf.handout;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/**
 * Tables, with columns as wide as their words need and rows kept whole on a page, and the QR code
 * of a source's address, drawn as squares so it prints sharp at any size.
 */
final class Figures {

  private Figures() {}

  static void table(Typesetter t, Block.Table table) throws IOException {
    float body = t.size.body;
    float pad = body * 0.4f;
    int columns = table.rows().stream().mapToInt(List::size).max().orElse(0);
    float[] widths = widths(t, table, columns, pad);
    PDStructureElement element = t.tags.element("Table", t.parent);
    t.gap(body * 0.3f);
    for (int r = 0; r < table.rows().size(); r++) {
      boolean header = table.header() && r == 0;
      List<List<Lines.Line>> cells = cells(t, table.rows().get(r), header, widths, pad);
      float height = height(t, cells, pad);
      if (!t.fits(height) && !t.atTop()) {
        t.newPage();
        if (table.header() && r > 0) {
          // The header again on the new page, as decoration: the tree already has it once.
          List<List<Lines.Line>> head = cells(t, table.rows().get(0), true, widths, pad);
          row(t, null, head, widths, pad, height(t, head, pad), true);
        }
      }
      PDStructureElement tr = t.tags.element("TR", element);
      row(t, tr, cells, widths, pad, height, header);
    }
    t.y -= body * 0.8f;
  }

  private static float[] widths(Typesetter t, Block.Table table, int columns, float pad) {
    float[] natural = new float[columns];
    float[] least = new float[columns];
    for (List<List<Block.Run>> row : table.rows()) {
      for (int c = 0; c < row.size(); c++) {
        List<Block.Run> cell = Blocks.bold(row.get(c));
        natural[c] = Math.max(natural[c], Lines.naturalWidth(cell, t.fonts, t.size.body) + 2 * pad);
        least[c] = Math.max(least[c], Lines.longestWord(cell, t.fonts, t.size.body) + 2 * pad);
      }
    }
    float room = t.right - t.left;
    float sumNatural = 0;
    float sumLeast = 0;
    for (int c = 0; c < columns; c++) {
      sumNatural += natural[c];
      sumLeast += least[c];
    }
    float[] widths = new float[columns];
    for (int c = 0; c < columns; c++) {
      if (sumNatural <= room) {
        widths[c] = natural[c] + (room - sumNatural) * natural[c] / sumNatural;
      } else if (sumLeast <= room) {
        // Each column gets its longest word, then a share of the rest by how much more it holds.
        widths[c] =
            least[c] + (room - sumLeast) * (natural[c] - least[c]) / (sumNatural - sumLeast);
      } else {
        widths[c] = room * least[c] / sumLeast;
      }
    }
    return widths;
  }

  private static List<List<Lines.Line>> cells(
      Typesetter t, List<List<Block.Run>> row, boolean header, float[] widths, float pad) {
    List<List<Lines.Line>> cells = new ArrayList<>();
    for (int c = 0; c < widths.length; c++) {
      List<Block.Run> runs = c < row.size() ? row.get(c) : List.of();
      cells.add(
          Lines.of(header ? Blocks.bold(runs) : runs, t.fonts, t.size.body, widths[c] - 2 * pad));
    }
    return cells;
  }

  private static float height(Typesetter t, List<List<Lines.Line>> cells, float pad) {
    int most = cells.stream().mapToInt(List::size).max().orElse(1);
    return Math.max(1, most) * t.leading() + 2 * pad;
  }

  private static void row(
      Typesetter t,
      PDStructureElement tr,
      List<List<Lines.Line>> cells,
      float[] widths,
      float pad,
      float height,
      boolean header)
      throws IOException {
    float top = t.y;
    t.tags.beginArtifact(t.stream);
    if (header) {
      t.stream.setNonStrokingColor(0.9f);
      t.stream.addRect(t.left, top - height, t.right - t.left, height);
      t.stream.fill();
    }
    t.stream.setStrokingColor(0.45f);
    t.stream.setLineWidth(0.8f);
    float x = t.left;
    for (float width : widths) {
      t.stream.addRect(x, top - height, width, height);
      x += width;
    }
    t.stream.stroke();
    t.tags.end(t.stream);
    x = t.left;
    for (int c = 0; c < cells.size(); c++) {
      float baseline = top - pad - t.size.body;
      if (tr != null) {
        t.tags.begin(t.tags.element(header ? "TH" : "TD", tr), t.page, t.stream);
      } else {
        t.tags.beginArtifact(t.stream);
      }
      for (Lines.Line line : cells.get(c)) {
        t.drawLine(line, x + pad, baseline, t.size.body);
        baseline -= t.leading();
      }
      t.tags.end(t.stream);
      x += widths[c];
    }
    t.y = top - height;
  }

  /** The QR code of {@code code}'s address with its caption beside it, kept together. */
  static void code(Typesetter t, Block.Code code) throws IOException {
    BitMatrix matrix = QrCode.matrix(code.address(), PAPER_QUIET_ZONE);
    float side = t.size.body * 8.5f;
    t.gap(t.size.body * 0.5f);
    t.room(side);
    float top = t.y;
    float dot = side / matrix.getWidth();
    PDStructureElement figure = t.tags.element("Figure", t.parent);
    figure.setAlternateDescription(code.caption());
    t.tags.begin(figure, t.page, t.stream);
    t.stream.setNonStrokingColor(0f);
    for (int row = 0; row < matrix.getHeight(); row++) {
      // One rectangle per run of dark dots: fewer seams where a viewer smooths edges.
      int column = 0;
      while (column < matrix.getWidth()) {
        if (!matrix.get(column, row)) {
          column++;
          continue;
        }
        int end = column;
        while (end < matrix.getWidth() && matrix.get(end, row)) {
          end++;
        }
        t.stream.addRect(t.left + column * dot, top - (row + 1) * dot, (end - column) * dot, dot);
        column = end;
      }
    }
    t.stream.fill();
    t.tags.end(t.stream);
    float x = t.left + side + t.size.body;
    List<Lines.Line> caption =
        Lines.of(List.of(Block.Run.plain(code.caption())), t.fonts, t.size.body, t.right - x);
    t.y = top - side / 2 + caption.size() * t.leading() / 2;
    t.text(t.tags.element("Caption", figure), caption, x, t.size.body);
    t.y = top - side - t.size.body * 0.5f;
  }

  /** The dots of white around the code: two on paper, where the page's margin adds more. */
  static final int PAPER_QUIET_ZONE = 2;
}
