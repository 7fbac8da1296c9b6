package org.careshelf.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * {@code careshelf.log} in the data folder: where {@link System.Logger} writes once the reader's
 * window is up, one line a record, the file set aside as {@code careshelf.log.1} when it grows past
 * {@link #MOST_BYTES}, so the two never hold more than about twice that.
 */
final class LogFile extends Handler {

  /** The name of the log in the data folder. */
  static final String NAME = "careshelf.log";

  /** The size past which the log starts again, keeping the one before it. */
  static final long MOST_BYTES = 256 * 1024;

  private final Path file;
  private Writer out;
  private long size;

  private LogFile(Path file) {
    this.file = file;
  }

  /**
   * Sends the app's log records (those of the JDK's logging, which System.Logger uses by default)
   * to the log in {@code dataDir}, and returns it; a folder that cannot be written leaves logging
   * as it was.
   */
  static Optional<LogFile> writeTo(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      Logger root = LogManager.getLogManager().getLogger("");
      for (Handler handler : root.getHandlers()) {
        root.removeHandler(handler);
      }
      LogFile log = new LogFile(dataDir.resolve(NAME));
      root.addHandler(log);
      root.setLevel(Level.INFO);
      return Optional.of(log);
    } catch (IOException | UncheckedIOException | SecurityException e) {
      System.getLogger("org.careshelf")
          .log(System.Logger.Level.WARNING, "no log file in " + dataDir + ": " + describe(e));
      return Optional.empty();
    }
  }

  /** Stops writing to this log, closing it. */
  void stop() {
    LogManager.getLogManager().getLogger("").removeHandler(this);
    close();
  }

  /**
   * A failure on one line: each cause's class and message, then where the first one was thrown. No
   * stack trace, so that one failure is one line.
   */
  static String describe(Throwable failure) {
    StringBuilder line = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t != failure) {
        line.append(" <- ");
      }
      line.append(t.getClass().getName());
      if (t.getMessage() != null) {
        line.append(": ").append(t.getMessage().replaceAll("\\s+", " "));
      }
    }
    StackTraceElement[] trace =
        failure == null ? new StackTraceElement[0] : failure.getStackTrace();
    if (trace.length > 0) {
      line.append(" at ").append(trace[0]);
    }
    return line.toString();
  }

  @Override
  public synchronized void publish(LogRecord record) {
    if (!isLoggable(record)) {
      return;
    }
    String line =
        Instant.ofEpochMilli(record.getMillis())
            + " "
            + record.getLevel().getName()
            + " "
            + record.getLoggerName()
            + ": "
            + record.getMessage().replaceAll("[\\r\\n]+", " ")
            + (record.getThrown() == null ? "" : " " + describe(record.getThrown()))
            + "\n";
    try {
      if (out == null) {
        size = Files.exists(file) ? Files.size(file) : 0;
        out = open();
      }
      if (size > MOST_BYTES) {
        out.close();
        Files.move(file, file.resolveSibling(NAME + ".1"), StandardCopyOption.REPLACE_EXISTING);
        size = 0;
        out = open();
      }
      out.write(line);
      out.flush();
      size += line.getBytes(StandardCharsets.UTF_8).length;
    } catch (IOException e) {
      reportError(null, e, java.util.logging.ErrorManager.WRITE_FAILURE);
    }
  }

  private Writer open() throws IOException {
    return Files.newBufferedWriter(
        file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  @Override
  public synchronized void flush() {
    try {
      if (out != null) {
        out.flush();
      }
    } catch (IOException e) {
      reportError(null, e, java.util.logging.ErrorManager.FLUSH_FAILURE);
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (out != null) {
        out.close();
        out = null;
      }
    } catch (IOException e) {
      reportError(null, e, java.util.logging.ErrorManager.CLOSE_FAILURE);
    }
  }
}
