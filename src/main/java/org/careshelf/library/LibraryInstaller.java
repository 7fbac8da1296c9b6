package org.careshelf.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.careshelf.sqlite.StoreException;

/**
 * Puts the library bundled in the jar into the data folder and checks it at every start: the copy
 * there is used only when its own bytes hash to the bundled library's, so a damaged, swapped or
 * older copy is replaced, and a folder that cannot be written still gets a library to read.
 */
public final class LibraryInstaller {

  /** Where the build puts the compiled library on the class path. */
  public static final String BUNDLED = "/org/careshelf/library/content.db";

  static final String FILE = "content.db";

  /** The installed copy's SHA-256, for administrators who compare copies; never trusted. */
  static final String STAMP = "content.db.sha256";

  private static final System.Logger LOG = System.getLogger(LibraryInstaller.class.getName());

  private LibraryInstaller() {}

  /** The version of the bundled library, written beside it by the build. */
  static final String BUNDLED_VERSION = "/org/careshelf/library/bundled.properties";

  /** Makes {@code dataDir/content.db} a copy of the bundled library and returns its path. */
  public static Path install(Path dataDir) {
    return install(dataDir, null);
  }

  /**
   * Returns a copy of the bundled library that is byte for byte the bundled one: {@code
   * dataDir/content.db}, written there if needed (atomically, readable by every user of the
   * computer); else, when {@code dataDir} cannot be written (another user's shared copy, a
   * read-only or full disk), a copy in {@code ownDir} (this user's folder; may be null); else a
   * copy in the temporary folder for this session.
   */
  public static Path install(Path dataDir, Path ownDir) {
    return install(dataDir, ownDir, List.of(PackKeys.builtIn()));
  }

  /**
   * As {@link #install(Path, Path)}, but a folder's library installed from a pack signed by one of
   * {@code trusted} is kept while it is newer than the bundled library (see {@link PackInstaller});
   * a newer app's bundled library replaces it.
   */
  public static Path install(Path dataDir, Path ownDir, List<PublicKey> trusted) {
    String digest;
    try (InputStream in = bundled()) {
      digest = sha256(in);
    } catch (IOException e) {
      throw new StoreException("This copy of CareShelf has no library in it; reinstall it.", e);
    }
    List<Path> folders = new ArrayList<>(List.of(dataDir));
    if (ownDir != null && !ownDir.equals(dataDir)) {
      folders.add(ownDir);
    }
    LibraryVersion bundled = bundledVersion();
    for (Path folder : folders) {
      PackInstaller.promote(folder, trusted);
    }
    for (Path folder : folders) {
      if (PackInstaller.kept(folder, trusted, bundled).isPresent()
          || matches(folder.resolve(FILE), digest)) {
        return folder.resolve(FILE);
      }
    }
    IOException first = null;
    for (Path folder : folders) {
      try {
        return copy(folder, digest);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "The library could not be copied into " + folder, e);
        first = first == null ? e : first;
      }
    }
    try {
      Path temporary = Files.createTempDirectory("careshelf-library-");
      temporary.toFile().deleteOnExit();
      Path copy = copy(temporary, digest);
      copy.toFile().deleteOnExit();
      temporary.resolve(STAMP).toFile().deleteOnExit();
      LOG.log(Level.WARNING, "The library is read from a temporary copy, " + copy);
      return copy;
    } catch (IOException e) {
      first.addSuppressed(e);
      throw new StoreException(
          "The library could not be copied to " + dataDir + " because " + why(first) + ".", first);
    }
  }

  /** True when {@code file} is a plain file whose bytes hash to {@code digest}. */
  private static boolean matches(Path file, String digest) {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      if (sha256(in).equals(digest)) {
        return true;
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "The library copy " + file + " cannot be read; it is replaced", e);
      return false;
    }
    Path stamp = file.resolveSibling(STAMP);
    boolean sameVersion;
    try {
      sameVersion =
          Files.isRegularFile(stamp, LinkOption.NOFOLLOW_LINKS)
              && Files.size(stamp) < 1000
              && Files.readString(stamp, StandardCharsets.US_ASCII).strip().equals(digest);
    } catch (IOException e) {
      sameVersion = false;
    }
    LOG.log(
        sameVersion ? Level.WARNING : Level.INFO,
        sameVersion
            ? "The library copy " + file + " was damaged or changed; it is replaced"
            : "The library copy " + file + " is of another version; it is replaced");
    return false;
  }

  /** Writes the bundled library into {@code folder} through a temporary file and a rename. */
  private static Path copy(Path folder, String digest) throws IOException {
    Files.createDirectories(folder);
    Path target = folder.resolve(FILE);
    Path temp = Files.createTempFile(folder, FILE, ".tmp");
    Path stampTemp = null;
    try {
      try (InputStream in = bundled();
          OutputStream out = Files.newOutputStream(temp)) {
        in.transferTo(out);
      }
      readableByAll(temp);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      stampTemp = Files.createTempFile(folder, STAMP, ".tmp");
      Files.writeString(stampTemp, digest + "\n", StandardCharsets.US_ASCII);
      readableByAll(stampTemp);
      Files.move(
          stampTemp,
          folder.resolve(STAMP),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      PackInstaller.forget(folder);
      return target;
    } finally {
      Files.deleteIfExists(temp);
      if (stampTemp != null) {
        Files.deleteIfExists(stampTemp);
      }
    }
  }

  /** Every user of a shared data folder reads the same copy (a temporary file is owner-only). */
  static void readableByAll(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /** The bundled library's version; {@link LibraryVersion#NONE} in a build that set none. */
  public static LibraryVersion bundledVersion() {
    java.util.Properties properties = new java.util.Properties();
    try (InputStream in = LibraryInstaller.class.getResourceAsStream(BUNDLED_VERSION)) {
      if (in == null) {
        return LibraryVersion.NONE;
      }
      properties.load(in);
    } catch (IOException e) {
      throw new StoreException("This copy of CareShelf is damaged; reinstall it.", e);
    }
    return LibraryVersion.parse(properties.getProperty("version")).orElse(LibraryVersion.NONE);
  }

  private static InputStream bundled() throws IOException {
    InputStream in = LibraryInstaller.class.getResourceAsStream(BUNDLED);
    if (in == null) {
      throw new IOException("this build has no bundled library");
    }
    return in;
  }

  /** The cause of a failed copy in the words of the sentence it ends. */
  private static String why(IOException e) {
    String reason = e instanceof FileSystemException f ? String.valueOf(f.getReason()) : "";
    if (reason.contains("No space left") || reason.contains("not enough space")) {
      return "the disk is full";
    }
    if (reason.contains("Read-only file system")) {
      return "the disk is read-only";
    }
    if (e instanceof AccessDeniedException) {
      return "this user may not write there";
    }
    if (e instanceof FileAlreadyExistsException
        || e instanceof NotDirectoryException
        || reason.contains("Not a directory")) {
      return "a file has the folder's name";
    }
    return String.valueOf(e.getMessage());
  }

  private static String sha256(InputStream in) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (DigestInputStream stream = new DigestInputStream(in, digest)) {
        stream.transferTo(OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
