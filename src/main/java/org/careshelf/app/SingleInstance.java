package org.careshelf.app;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * One reader per data folder: the first start holds a lock on {@code careshelf.lock} in the
 * reader's folder and listens on a local socket beside it ({@code careshelf.socket}, a Unix domain
 * socket: no network, not even loopback); a second start finds the lock taken and asks the first,
 * through that socket, to bring its window forward.
 *
 * <p>The operating system lets go of the lock when a process ends, however it ends, so a crash
 * never leaves the folder locked; a socket file left by a crash is removed by the next first start.
 */
final class SingleInstance implements AutoCloseable {

  static final String LOCK = "careshelf.lock";
  static final String SOCKET = "careshelf.socket";
  private static final String SHOW = "show\n";
  private static final String SHOWN = "shown\n";
  private static final long ANSWER_MILLIS = 3000;
  private static final System.Logger LOG = System.getLogger(SingleInstance.class.getName());

  private final boolean first;
  private final Path socket;
  private final FileChannel lockFile;
  private final FileLock lock;
  private final ServerSocketChannel server;

  private SingleInstance(
      boolean first, Path socket, FileChannel lockFile, FileLock lock, ServerSocketChannel server) {
    this.first = first;
    this.socket = socket;
    this.lockFile = lockFile;
    this.lock = lock;
    this.server = server;
  }

  /**
   * Claims {@code folder} for this process. When it is the first, {@code bringForward} runs (on a
   * thread of its own) each time a later start asks for the window.
   */
  static SingleInstance claim(Path folder, Runnable bringForward) {
    Path socket = folder.resolve(SOCKET);
    FileChannel file = null;
    try {
      if (!Files.isDirectory(folder)
          && folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createDirectories(
            folder,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectories(folder);
      }
      file =
          FileChannel.open(
              folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = file.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this very process, as in a test
      }
      if (lock == null) {
        file.close();
        return new SingleInstance(false, socket, null, null, null);
      }
      return new SingleInstance(true, socket, file, lock, listen(socket, bringForward));
    } catch (IOException | UnsupportedOperationException e) {
      // A folder that cannot hold a lock (read-only, on a share without locks): no guard, but no
      // reason to refuse reading either; the store says why changes will not be kept.
      LOG.log(Level.WARNING, "The data folder " + folder + " cannot be locked", e);
      closeQuietly(file);
      return new SingleInstance(true, socket, null, null, null);
    }
  }

  /** True when no other CareShelf holds this folder. */
  boolean isFirst() {
    return first;
  }

  /**
   * Asks the CareShelf that holds the folder to bring its window forward; true when it answered.
   * False means the reader must be told that CareShelf is already open.
   */
  boolean askFirstToShow() {
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      channel.write(StandardCharsets.US_ASCII.encode(SHOW));
      channel.configureBlocking(false);
      ByteBuffer answer = ByteBuffer.allocate(SHOWN.length());
      try (Selector selector = Selector.open()) {
        channel.register(selector, SelectionKey.OP_READ);
        long deadline = System.currentTimeMillis() + ANSWER_MILLIS;
        while (answer.hasRemaining()) {
          long left = deadline - System.currentTimeMillis();
          if (left <= 0 || selector.select(left) == 0) {
            LOG.log(Level.WARNING, "The CareShelf already open did not answer");
            return false;
          }
          selector.selectedKeys().clear();
          if (channel.read(answer) < 0) {
            break;
          }
        }
      }
      return SHOWN.equals(
          new String(answer.array(), 0, answer.position(), StandardCharsets.US_ASCII));
    } catch (IOException | UnsupportedOperationException e) {
      LOG.log(Level.WARNING, "The CareShelf already open cannot be reached", e);
      return false;
    }
  }

  private static ServerSocketChannel listen(Path socket, Runnable bringForward) {
    ServerSocketChannel server;
    try {
      Files.deleteIfExists(socket); // left by a start that crashed: the lock says it is gone
      server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      server.bind(UnixDomainSocketAddress.of(socket));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // A folder path too long for a socket name, or a file system without sockets: later starts
      // will say that CareShelf is already open instead of bringing this window forward.
      LOG.log(Level.WARNING, "No window-forward socket in " + socket.getParent(), e);
      return null;
    }
    Thread thread = new Thread(() -> answer(server, bringForward), "careshelf-single-instance");
    thread.setDaemon(true);
    thread.start();
    return server;
  }

  private static void answer(ServerSocketChannel server, Runnable bringForward) {
    while (server.isOpen()) {
      try (SocketChannel caller = server.accept()) {
        ByteBuffer request = ByteBuffer.allocate(SHOW.length());
        int read;
        do {
          read = caller.read(request);
        } while (read >= 0 && request.hasRemaining());
        if (SHOW.equals(new String(request.array(), StandardCharsets.US_ASCII))) {
          bringForward.run();
          caller.write(StandardCharsets.US_ASCII.encode(SHOWN));
        }
      } catch (IOException e) {
        if (server.isOpen()) {
          LOG.log(Level.WARNING, "A request to bring the window forward failed", e);
        }
      }
    }
  }

  /** Lets go of the folder: a later start is the first again. */
  @Override
  public void close() {
    try {
      if (server != null) {
        server.close();
        Files.deleteIfExists(socket);
      }
      if (lock != null) {
        lock.release();
        lockFile.close();
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "The data folder's lock could not be released", e);
    }
  }

  private static void closeQuietly(FileChannel file) {
    if (file == null) {
      return;
    }
    try {
      file.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "The lock file could not be closed", e);
    }
  }
}
