package org.careshelf.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A SQLite write-ahead log ({@code user.db-wal}) read without SQLite, as the WAL format of
 * sqlite.org/fileformat2.html describes it: to tell when SQLite would silently drop committed
 * changes from a damaged log, and to put a damaged file's newest pages back for salvage.
 *
 * <p>SQLite accepts frames up to the first one whose salts or running checksum do not match and
 * then only up to the last commit before it. A committed frame of the same log after that point is
 * a change SQLite will throw away: the log is damaged. A kill during a write never makes one, since
 * a transaction's commit frame is written last.
 */
final class WalFile {

  private static final int HEADER = 32;
  private static final int FRAME_HEADER = 24;
  private static final int MAGIC = 0x377f0682;

  private final int pageSize;
  private final List<Frame> readable;
  private final boolean damaged;

  /** One frame: the page it holds and where that page's bytes start in the log. */
  record Frame(long page, long offset) {}

  private WalFile(int pageSize, List<Frame> readable, boolean damaged) {
    this.pageSize = pageSize;
    this.readable = readable;
    this.damaged = damaged;
  }

  /** Reads the log at {@code wal}; a missing or empty log has no frames and is not damaged. */
  static WalFile read(Path wal, int fallbackPageSize) throws IOException {
    if (!Files.isRegularFile(wal, LinkOption.NOFOLLOW_LINKS) || Files.size(wal) == 0) {
      return new WalFile(fallbackPageSize, List.of(), false);
    }
    try (FileChannel in = FileChannel.open(wal, StandardOpenOption.READ)) {
      long size = in.size();
      ByteBuffer header = ByteBuffer.allocate(HEADER);
      readFully(in, header, 0);
      header.flip();
      int magic = header.limit() < HEADER ? 0 : header.getInt(0);
      int pageSize = header.limit() < HEADER ? 0 : header.getInt(8);
      boolean headerOk = (magic & ~1) == MAGIC && validPageSize(pageSize);
      ByteOrder order = (magic & 1) == 1 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
      int[] sum = {0, 0};
      if (headerOk) {
        checksum(header, 0, 24, order, sum);
        headerOk = sum[0] == header.getInt(24) && sum[1] == header.getInt(28);
      }
      if (!headerOk) {
        // Nothing of this log reaches the database: every byte beyond a header is lost data.
        return new WalFile(
            fallbackPageSize, lenient(in, size, fallbackPageSize, 0, 0, false), size > 0);
      }
      int salt1 = header.getInt(16);
      int salt2 = header.getInt(20);
      List<Frame> accepted = new ArrayList<>();
      List<Frame> pending = new ArrayList<>();
      ByteBuffer frame = ByteBuffer.allocate(FRAME_HEADER + pageSize);
      long offset = HEADER;
      boolean broken = false;
      for (; offset + FRAME_HEADER + pageSize <= size; offset += FRAME_HEADER + pageSize) {
        frame.clear();
        readFully(in, frame, offset);
        frame.flip();
        if (frame.getInt(8) != salt1 || frame.getInt(12) != salt2) {
          break;
        }
        checksum(frame, 0, 8, order, sum);
        checksum(frame, FRAME_HEADER, pageSize, order, sum);
        if (sum[0] != frame.getInt(16) || sum[1] != frame.getInt(20)) {
          broken = true;
          break;
        }
        pending.add(new Frame(Integer.toUnsignedLong(frame.getInt(0)), offset + FRAME_HEADER));
        if (frame.getInt(4) != 0) {
          accepted.addAll(pending);
          pending.clear();
        }
      }
      List<Frame> readable = lenient(in, size, pageSize, salt1, salt2, true);
      boolean damaged = broken && readable.size() > accepted.size();
      return new WalFile(pageSize, readable, damaged);
    }
  }

  /**
   * Every whole frame of the log's current salts up to its last commit, checksums or not: what a
   * salvage can still use. Without a trustworthy header, the first frame's salts are taken.
   */
  private static List<Frame> lenient(
      FileChannel in, long size, int pageSize, int salt1, int salt2, boolean saltsKnown)
      throws IOException {
    if (!validPageSize(pageSize)) {
      return List.of();
    }
    List<Frame> frames = new ArrayList<>();
    List<Frame> pending = new ArrayList<>();
    ByteBuffer head = ByteBuffer.allocate(FRAME_HEADER);
    for (long offset = HEADER;
        offset + FRAME_HEADER + pageSize <= size;
        offset += FRAME_HEADER + pageSize) {
      head.clear();
      readFully(in, head, offset);
      head.flip();
      if (!saltsKnown) {
        salt1 = head.getInt(8);
        salt2 = head.getInt(12);
        saltsKnown = true;
      }
      long page = Integer.toUnsignedLong(head.getInt(0));
      if (head.getInt(8) != salt1 || head.getInt(12) != salt2 || page == 0) {
        continue;
      }
      pending.add(new Frame(page, offset + FRAME_HEADER));
      if (head.getInt(4) != 0) {
        frames.addAll(pending);
        pending.clear();
      }
    }
    return List.copyOf(frames);
  }

  /** True when SQLite would drop committed changes that are still in the log. */
  boolean damaged() {
    return damaged;
  }

  /**
   * Writes every readable frame's page into {@code database}, later frames over earlier ones, as a
   * checkpoint would: how a salvage sees the newest data even when SQLite would discard the log.
   */
  void applyTo(Path wal, Path database) throws IOException {
    if (readable.isEmpty()) {
      return;
    }
    try (FileChannel in = FileChannel.open(wal, StandardOpenOption.READ);
        FileChannel out = FileChannel.open(database, StandardOpenOption.WRITE)) {
      ByteBuffer page = ByteBuffer.allocate(pageSize);
      for (Frame frame : readable) {
        page.clear();
        readFully(in, page, frame.offset());
        page.flip();
        out.write(page, (frame.page() - 1) * pageSize);
      }
    }
  }

  /** The page size of the database at {@code file}, or 4096 when its header cannot say. */
  static int pageSizeOf(Path file) {
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer header = ByteBuffer.allocate(18);
      readFully(in, header, 0);
      if (header.position() == 18) {
        int size = Short.toUnsignedInt(header.getShort(16));
        size = size == 1 ? 65536 : size;
        if (validPageSize(size)) {
          return size;
        }
      }
    } catch (IOException e) {
      // A file that cannot be read has no page size to offer; the usual one is the best guess.
      return 4096;
    }
    return 4096;
  }

  private static boolean validPageSize(int size) {
    return size >= 512 && size <= 65536 && Integer.bitCount(size) == 1;
  }

  /** SQLite's WAL checksum: two running sums over 32-bit words in the log's byte order. */
  private static void checksum(ByteBuffer bytes, int from, int length, ByteOrder order, int[] sum) {
    ByteBuffer words = bytes.duplicate().order(order);
    int s0 = sum[0];
    int s1 = sum[1];
    for (int i = from; i < from + length; i += 8) {
      s0 += words.getInt(i) + s1;
      s1 += words.getInt(i + 4) + s0;
    }
    sum[0] = s0;
    sum[1] = s1;
  }

  private static void readFully(FileChannel in, ByteBuffer into, long position) throws IOException {
    while (into.hasRemaining()) {
      int read = in.read(into, position + into.position());
      if (read < 0) {
        return;
      }
    }
  }
}
