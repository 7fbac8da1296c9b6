package org.careshelf.handout;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/**
 * Sets one handout's blocks on as many pages as they need: headings kept with what follows, boxes
 * framed on every page they cross, each page footed with the date printed and its number.
 */
final class Typesetter {

  /** Three-quarters of an inch all round: room for a printer's margins and for holding the page. */
  static final float MARGIN = 54f;

  final PDDocument pdf;
  final Fonts fonts;
  final TypeSize size;
  final Tags tags;
  private final Paper paper;
  private final HandoutMessages messages;
  private final List<String> footer;
  private final float bottom;
  private final List<PDPage> pages = new ArrayList<>();
  private final Deque<float[]> indents = new ArrayDeque<>();
  private final Deque<Object[]> lists = new ArrayDeque<>();
  PDPage page;
  PDPageContentStream stream;
  float y;
  float left = MARGIN;
  float right;
  PDStructureElement parent;
  private PDStructureElement open;
  private Float frameTop;
  private float[] frameSides;

  Typesetter(
      PDDocument pdf,
      Fonts fonts,
      Paper paper,
      TypeSize size,
      Tags tags,
      HandoutMessages messages,
      String footer) {
    this.pdf = pdf;
    this.messages = messages;
    this.fonts = fonts;
    this.paper = paper;
    this.size = size;
    this.tags = tags;
    this.right = paper.width() - MARGIN;
    // The page number takes the right of the footer's first line; the sentences wrap beside it,
    // each on a line of its own when the two do not fit on one.
    float room = right - left - numberRoom();
    List<Block.Run> whole = List.of(Block.Run.plain(footer));
    List<String> lines = new ArrayList<>();
    if (Lines.naturalWidth(whole, fonts, size.small) <= room) {
      lines.add(fonts.printable(footer));
    } else {
      for (String sentence : footer.split("(?<=\\.) ")) {
        Lines.of(List.of(Block.Run.plain(sentence)), fonts, size.small, room)
            .forEach(line -> lines.add(line.text()));
      }
    }
    this.footer = List.copyOf(lines);
    this.bottom = MARGIN + this.footer.size() * TypeSize.leading(size.small) + size.body;
  }

  /** Sets {@code handout} on new pages; returns them. */
  List<PDPage> set(Handout handout) throws IOException {
    parent = tags.element("Sect", tags.document());
    newPage();
    for (Block block : handout.blocks()) {
      if (!(block instanceof Block.Item)) {
        lists.clear();
      }
      Blocks.place(this, block);
    }
    stream.close();
    footers();
    return pages;
  }

  float leading() {
    return TypeSize.leading(size.body);
  }

  /** True at the top of a page, where a page break would only leave an empty page. */
  boolean atTop() {
    return y >= paper.height() - MARGIN - 0.5f;
  }

  /** True when {@code height} more points fit on this page. */
  boolean fits(float height) {
    return y - height >= bottom;
  }

  /** Starts a new page unless {@code height} more points fit on this one. */
  void room(float height) throws IOException {
    if (y - height < bottom && !atTop()) {
      newPage();
    }
  }

  /** Space before the next block, dropped at the top of a page. */
  void gap(float height) {
    if (!atTop()) {
      y -= height;
    }
  }

  void newPage() throws IOException {
    if (stream != null) {
      if (open != null) {
        tags.end(stream);
      }
      if (frameTop != null) {
        frame(frameTop, y);
      }
      stream.close();
    }
    page = new PDPage(new PDRectangle(paper.width(), paper.height()));
    pdf.addPage(page);
    pages.add(page);
    stream = new PDPageContentStream(pdf, page);
    y = paper.height() - MARGIN;
    if (frameTop != null) {
      frameTop = y;
      y -= size.body * 0.6f;
    }
    if (open != null) {
      tags.begin(open, page, stream);
    }
  }

  /**
   * Draws {@code lines} at {@code x} as the words of {@code element}, moving to a new page as they
   * fill one; the element's words go on there.
   */
  void text(PDStructureElement element, List<Lines.Line> lines, float x, float fontSize)
      throws IOException {
    float leading = TypeSize.leading(fontSize);
    room(leading);
    open = element;
    tags.begin(element, page, stream);
    for (Lines.Line line : lines) {
      room(leading);
      drawLine(line, x, y - fontSize, fontSize);
      y -= leading;
    }
    tags.end(stream);
    open = null;
  }

  /** One line's pieces, left to right from {@code x} on {@code baseline}. */
  void drawLine(Lines.Line line, float x, float baseline, float fontSize) throws IOException {
    stream.beginText();
    stream.setNonStrokingColor(0.08f);
    stream.newLineAtOffset(x, baseline);
    for (Lines.Piece piece : line.pieces()) {
      stream.setFont(fonts.font(piece.bold()), fontSize);
      stream.showText(piece.text());
    }
    stream.endText();
  }

  /** Narrows the column by {@code by} on each side, until {@link #outdent}. */
  void indent(float byLeft, float byRight) {
    indents.push(new float[] {left, right});
    left += byLeft;
    right -= byRight;
  }

  void outdent() {
    float[] was = indents.pop();
    left = was[0];
    right = was[1];
  }

  /** Starts a framed box here; every page it crosses gets its part of the frame. */
  void startFrame() {
    frameTop = y;
    frameSides = new float[] {left, right};
  }

  void endFrame() throws IOException {
    y -= size.body * 0.4f;
    frame(frameTop, y);
    frameTop = null;
  }

  private void frame(float top, float bottomY) throws IOException {
    tags.beginArtifact(stream);
    stream.setStrokingColor(0.35f);
    stream.setLineWidth(1.2f);
    stream.addRect(frameSides[0], bottomY, frameSides[1] - frameSides[0], top - bottomY);
    stream.stroke();
    tags.end(stream);
  }

  /**
   * The list an item at {@code depth} belongs to: the open one at that depth, or a new one inside
   * the item before it (a nested list) or under the current parent.
   */
  PDStructureElement listFor(int depth) {
    while (!lists.isEmpty() && (int) lists.peek()[0] > depth) {
      lists.pop();
    }
    if (lists.isEmpty() || (int) lists.peek()[0] < depth) {
      PDStructureElement under = lists.isEmpty() ? parent : (PDStructureElement) lists.peek()[2];
      Object[] list = {depth, tags.element("L", under), under};
      lists.push(list);
    }
    return (PDStructureElement) lists.peek()[1];
  }

  /** Remembers {@code item} as the last item of its list, where a nested list would go. */
  void itemPlaced(PDStructureElement item) {
    lists.peek()[2] = item;
  }

  private float numberRoom() {
    return fonts.width(messages.get("handout.page", 88, 88), false, size.small) + size.small;
  }

  private void footers() throws IOException {
    float leading = TypeSize.leading(size.small);
    for (int i = 0; i < pages.size(); i++) {
      try (PDPageContentStream foot =
          new PDPageContentStream(pdf, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
        tags.beginArtifact(foot);
        foot.setStrokingColor(0.55f);
        foot.setLineWidth(0.6f);
        float top = MARGIN + footer.size() * leading;
        foot.moveTo(MARGIN, top + size.small * 0.3f);
        foot.lineTo(paper.width() - MARGIN, top + size.small * 0.3f);
        foot.stroke();
        foot.setNonStrokingColor(0.2f);
        float baseline = top - size.small;
        for (String line : footer) {
          show(foot, line, MARGIN, baseline);
          baseline -= leading;
        }
        String number = messages.get("handout.page", i + 1, pages.size());
        float width = fonts.width(number, false, size.small);
        show(foot, number, paper.width() - MARGIN - width, top - size.small);
        tags.end(foot);
      }
    }
  }

  private void show(PDPageContentStream foot, String text, float x, float baseline)
      throws IOException {
    foot.beginText();
    foot.setFont(fonts.font(false), size.small);
    foot.newLineAtOffset(x, baseline);
    foot.showText(text);
    foot.endText();
  }
}
