package org.careshelf.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/** How each kind of block is set: headings, paragraphs, list items, boxes and writing lines. */
final class Blocks {

  private Blocks() {}

  static void place(Typesetter t, Block block) throws IOException {
    // Java 17 has no pattern switch: one test per kind of block.
    if (block instanceof Block.Heading heading) {
      heading(t, heading.level(), heading.text(), t.parent);
    } else if (block instanceof Block.Paragraph paragraph) {
      paragraph(t, paragraph);
    } else if (block instanceof Block.Item item) {
      item(t, item);
    } else if (block instanceof Block.Box box) {
      box(t, box);
    } else if (block instanceof Block.WritingLines lines) {
      writingLines(t, lines.count());
    } else if (block instanceof Block.Table table) {
      Figures.table(t, table);
    } else if (block instanceof Block.Code code) {
      Figures.code(t, code);
    }
  }

  /** A heading, on a new page when it would otherwise end one with nothing under it. */
  static void heading(Typesetter t, int level, String text, PDStructureElement parent)
      throws IOException {
    float fontSize = t.size.heading(level);
    List<Lines.Line> lines =
        Lines.of(List.of(Block.Run.bold(text)), t.fonts, fontSize, t.right - t.left);
    float height = lines.size() * TypeSize.leading(fontSize);
    t.gap(level <= 1 ? 0 : t.size.body * 0.8f);
    t.room(height + 3 * t.leading());
    t.text(
        t.tags.element(level <= 1 ? "H1" : level == 2 ? "H2" : "H3", parent),
        lines,
        t.left,
        fontSize);
    t.y -= level <= 1 ? t.size.body * 0.3f : t.size.body * 0.1f;
  }

  private static void paragraph(Typesetter t, Block.Paragraph paragraph) throws IOException {
    float fontSize =
        switch (paragraph.style()) {
          case BODY -> t.size.body;
          case SUMMARY -> t.size.body * 1.12f;
          case SMALL -> t.size.small;
        };
    List<Lines.Line> lines = Lines.of(paragraph.runs(), t.fonts, fontSize, t.right - t.left);
    t.text(t.tags.element("P", t.parent), lines, t.left, fontSize);
    t.y -= t.size.body * (paragraph.style() == Block.Style.SUMMARY ? 0.9f : 0.55f);
  }

  private static void item(Typesetter t, Block.Item item) throws IOException {
    float body = t.size.body;
    float step = body * 1.6f;
    float x = t.left + item.depth() * step;
    float markerRoom =
        item.checkbox()
            ? body * 1.9f
            : Math.max(step, t.fonts.width(item.marker() + " ", false, body));
    List<Lines.Line> lines = Lines.of(item.runs(), t.fonts, body, t.right - x - markerRoom);
    PDStructureElement list = t.listFor(item.depth());
    PDStructureElement li = t.tags.element("LI", list);
    t.itemPlaced(li);
    t.room(t.leading());
    if (item.checkbox()) {
      // A box to tick, drawn: a glyph would vary with the font and print too small.
      t.tags.beginArtifact(t.stream);
      t.stream.setStrokingColor(0.2f);
      t.stream.setLineWidth(1f);
      float side = body * 0.95f;
      t.stream.addRect(x, t.y - body * 1.02f, side, side);
      t.stream.stroke();
      t.tags.end(t.stream);
    } else {
      PDStructureElement label = t.tags.element("Lbl", li);
      t.tags.begin(label, t.page, t.stream);
      t.drawLine(
          new Lines.Line(List.of(new Lines.Piece(item.marker(), false, 0))), x, t.y - body, body);
      t.tags.end(t.stream);
    }
    t.text(t.tags.element("LBody", li), lines, x + markerRoom, body);
    t.y -= body * 0.3f;
  }

  private static void box(Typesetter t, Block.Box box) throws IOException {
    float pad = t.size.body * 0.6f;
    t.gap(t.size.body * 0.8f);
    t.room(TypeSize.leading(t.size.section) + 3 * t.leading() + 2 * pad);
    PDStructureElement was = t.parent;
    PDStructureElement section = t.tags.element("Sect", was);
    t.parent = section;
    t.startFrame();
    t.indent(pad * 1.5f, pad * 1.5f);
    t.y -= pad;
    heading(t, 2, box.title(), section);
    for (Block inside : box.inside()) {
      place(t, inside);
    }
    t.outdent();
    t.endFrame();
    t.parent = was;
    t.y -= t.size.body * 0.8f;
  }

  private static void writingLines(Typesetter t, int count) throws IOException {
    float spacing = t.leading() * 1.5f;
    for (int i = 0; i < count; i++) {
      t.room(spacing);
      t.y -= spacing;
      t.tags.beginArtifact(t.stream);
      t.stream.setStrokingColor(0.55f);
      t.stream.setLineWidth(0.7f);
      t.stream.moveTo(t.left + t.size.body * 1.9f, t.y);
      t.stream.lineTo(t.right, t.y);
      t.stream.stroke();
      t.tags.end(t.stream);
    }
    t.y -= t.size.body * 0.8f;
  }

  /** {@code runs}, every one bold: the header row of a table. */
  static List<Block.Run> bold(List<Block.Run> runs) {
    List<Block.Run> out = new ArrayList<>(runs.size());
    runs.forEach(r -> out.add(Block.Run.bold(r.text())));
    return out;
  }
}
