import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws CareShelf's icon (books on a shelf, one marked with a heart, on the reader's blue) and
 * writes it as careshelf.png, careshelf.ico and careshelf.icns. Run from the repository root:
 *
 * <pre>java packaging/icons/DrawIcon.java packaging/icons</pre>
 */
public final class DrawIcon {

  private static final Color BLUE_TOP = new Color(0x2f7bd0);
  private static final Color BLUE_BOTTOM = new Color(0x0b5cad);
  private static final Color PAGE = new Color(0xfbfaf7);
  private static final Color SHELF = new Color(0xe8e2d4);
  private static final Color TEAL = new Color(0x8fd3cb);
  private static final Color SAND = new Color(0xf4c869);
  private static final Color HEART = new Color(0xe0604e);
  private static final Color SHADOW = new Color(0, 0, 0, 40);

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : ".");
    Files.createDirectories(dir);
    Map<Integer, byte[]> png = new LinkedHashMap<>();
    for (int size : List.of(16, 24, 32, 48, 64, 128, 256, 512, 1024)) {
      png.put(size, encode(draw(size)));
    }
    Files.write(dir.resolve("careshelf.png"), png.get(512));
    Files.write(dir.resolve("careshelf.ico"), ico(png, List.of(16, 24, 32, 48, 64, 128, 256)));
    Files.write(dir.resolve("careshelf.icns"), icns(png));
  }

  /** The icon at {@code size} pixels; below 48 pixels it keeps only the shapes that still read. */
  static BufferedImage draw(int size) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.scale(size / 1024.0, size / 1024.0);
    boolean small = size < 48;

    // Every shape is drawn on a 1024 grid; small sizes use a fuller tile so the books stay legible.
    double inset = small ? 16 : 64;
    double corner = small ? 200 : 220;
    g.setPaint(
        new GradientPaint(0, (float) inset, BLUE_TOP, 0, (float) (1024 - inset), BLUE_BOTTOM));
    g.fill(
        new RoundRectangle2D.Double(
            inset, inset, 1024 - 2 * inset, 1024 - 2 * inset, corner, corner));

    double shelfTop = small ? 790 : 770;
    double shelfHeight = small ? 84 : 56;
    if (small) {
      book(g, 170, 230, 200, shelfTop, PAGE, 0, false);
      book(g, 412, 300, 200, shelfTop, SAND, 0, false);
      heart(g, 512, 540, 130);
      book(g, 654, 370, 200, shelfTop, TEAL, 0, false);
    } else {
      book(g, 170, 300, 120, shelfTop, TEAL, 0, true);
      book(g, 300, 230, 150, shelfTop, PAGE, 0, true);
      book(g, 460, 330, 130, shelfTop, SAND, 0, true);
      book(g, 600, 280, 110, shelfTop, PAGE, 0, true);
      book(g, 740, 400, 120, shelfTop, TEAL, -14, true);
      heart(g, 375, 470, 92);
    }
    if (!small) {
      g.setColor(SHADOW);
      g.fill(new RoundRectangle2D.Double(130, shelfTop + shelfHeight - 6, 764, 26, 20, 20));
    }
    g.setColor(SHELF);
    g.fill(new RoundRectangle2D.Double(120, shelfTop, 784, shelfHeight, 24, 24));
    g.dispose();
    return image;
  }

  /** A book standing on the shelf: its spine's left edge, top, width, the shelf, and a lean. */
  private static void book(
      Graphics2D g,
      double x,
      double top,
      double width,
      double shelf,
      Color color,
      double lean,
      boolean bands) {
    AffineTransform saved = g.getTransform();
    g.rotate(Math.toRadians(lean), x + width, shelf);
    RoundRectangle2D spine = new RoundRectangle2D.Double(x, top, width, shelf - top + 20, 28, 28);
    g.setColor(color);
    g.fill(spine);
    if (!bands) {
      g.setTransform(saved);
      return;
    }
    g.setColor(SHADOW);
    g.setStroke(new BasicStroke(10f));
    double band = top + (shelf - top) * 0.18;
    g.draw(new java.awt.geom.Line2D.Double(x + 18, band, x + width - 18, band));
    double foot = shelf - (shelf - top) * 0.16;
    g.draw(new java.awt.geom.Line2D.Double(x + 18, foot, x + width - 18, foot));
    g.setTransform(saved);
  }

  /** A heart centred on ({@code cx}, {@code cy}), {@code w} wide. */
  private static void heart(Graphics2D g, double cx, double cy, double w) {
    double h = w * 0.9;
    Path2D.Double p = new Path2D.Double();
    p.moveTo(cx, cy + h * 0.5);
    p.curveTo(cx - w * 0.62, cy + h * 0.05, cx - w * 0.5, cy - h * 0.55, cx, cy - h * 0.22);
    p.curveTo(cx + w * 0.5, cy - h * 0.55, cx + w * 0.62, cy + h * 0.05, cx, cy + h * 0.5);
    p.closePath();
    g.setColor(HEART);
    g.fill(p);
  }

  private static byte[] encode(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** A Windows icon holding PNG images, as Windows Vista and later read them. */
  private static byte[] ico(Map<Integer, byte[]> png, List<Integer> sizes) {
    int offset = 6 + 16 * sizes.size();
    int total = offset + sizes.stream().mapToInt(s -> png.get(s).length).sum();
    ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    out.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
    for (int size : sizes) {
      byte[] data = png.get(size);
      out.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
      out.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
      out.putInt(data.length).putInt(offset);
      offset += data.length;
    }
    sizes.forEach(size -> out.put(png.get(size)));
    return out.array();
  }

  /** A macOS icon family holding PNG images, one entry per size and pixel density. */
  private static byte[] icns(Map<Integer, byte[]> png) {
    Map<String, Integer> types = new LinkedHashMap<>();
    types.put("icp4", 16);
    types.put("icp5", 32);
    types.put("ic11", 32);
    types.put("icp6", 64);
    types.put("ic12", 64);
    types.put("ic07", 128);
    types.put("ic08", 256);
    types.put("ic13", 256);
    types.put("ic09", 512);
    types.put("ic14", 512);
    types.put("ic10", 1024);
    int total = 8 + types.values().stream().mapToInt(s -> 8 + png.get(s).length).sum();
    ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
    out.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
    types.forEach(
        (type, size) -> {
          byte[] data = png.get(size);
          out.put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
          out.putInt(8 + data.length).put(data);
        });
    return out.array();
  }
}
