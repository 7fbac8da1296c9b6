package org.careshelf.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.careshelf.AllowedTo;
import org.careshelf.sqlite.StoreException;

/**
 * Installs a signed library pack into a data folder in place of its library, and tells at start
 * whether the library there is an installed pack to keep. Beside {@code content.db} it keeps {@code
 * content.pack}: the pack's signed manifest and its signature, checked again at every start, so a
 * library is kept only while its bytes are the ones a trusted key signed and it is newer than the
 * library bundled with the app.
 */
@AllowedTo(
    "opens the library it is about to install, to refuse one this CareShelf cannot read before it"
        + " takes the reader's place")
public final class PackInstaller {

  static final String RECORD = "content.pack";

  /** Where a library and its record go: in use, or waiting for the next start. */
  record Slot(String library, String record) {}

  static final Slot CURRENT = new Slot(LibraryInstaller.FILE, RECORD);

  /**
   * A pack installed from the window waits here: the library the window reads stays open, and
   * Windows would not let a file open in SQLite be replaced.
   */
  static final Slot NEXT = new Slot("content.next.db", "content.next.pack");

  private static final System.Logger LOG = System.getLogger(PackInstaller.class.getName());

  private static final String SIGNATURE_LINE = "signature = ";
  private static final int MAX_RECORD = 8192;

  private PackInstaller() {}

  /**
   * Installs {@code packFile} into {@code folder}: its signature checked against {@code trusted},
   * its version newer than the library installed there, its library's bytes those signed and
   * readable by this CareShelf; then the library replaced at once (a temporary file, then a
   * rename). Any refusal leaves the folder as it was.
   */
  public static PackManifest install(Path packFile, Path folder, List<PublicKey> trusted)
      throws PackException {
    return put(packFile, folder, trusted, CURRENT);
  }

  /**
   * Checks {@code packFile} as {@link #install} does and puts it beside the library, for the next
   * start to put in its place ({@link #promote}): how the window installs one.
   */
  public static PackManifest stage(Path packFile, Path folder, List<PublicKey> trusted)
      throws PackException {
    return put(packFile, folder, trusted, NEXT);
  }

  private static PackManifest put(Path packFile, Path folder, List<PublicKey> trusted, Slot slot)
      throws PackException {
    LibraryPack.Signed pack = LibraryPack.open(packFile, trusted);
    String name = packFile.getFileName().toString();
    PackManifest manifest = pack.manifest();
    LibraryVersion installed = installedVersion(folder, trusted);
    if (!manifest.version().isNewerThan(installed)) {
      throw new PackException(
          name
              + " holds library version "
              + manifest.version()
              + ", and version "
              + installed
              + " is installed; only a newer library replaces it.");
    }
    Path temp = null;
    try {
      Files.createDirectories(folder);
      temp = Files.createTempFile(folder, LibraryInstaller.FILE, ".tmp");
      LibraryPack.extract(pack, temp);
      checkReadable(temp, manifest, name);
      LibraryInstaller.readableByAll(temp);
      Files.move(
          temp,
          folder.resolve(slot.library()),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      // A crash before the record is written leaves a library no record vouches for, so the next
      // start puts the bundled library back: never a mix of one pack's record and another's bytes.
      replace(folder, slot.record(), record(pack));
      if (slot.equals(CURRENT)) {
        stamp(folder, manifest);
      }
      return manifest;
    } catch (IOException e) {
      throw new PackException(
          "The library could not be installed in " + folder + " (" + e.getMessage() + ").", e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // a temporary file left behind is harmless: the next install makes another name
        }
      }
    }
  }

  /**
   * Puts a pack the window installed ({@link #stage}) in place of {@code folder}'s library, when it
   * is still signed by a trusted key, its bytes are the ones signed and it is newer than the
   * library there; else drops it. Called at start, before the library is opened.
   */
  static void promote(Path folder, List<PublicKey> trusted) {
    if (!Files.exists(folder.resolve(NEXT.record()), LinkOption.NOFOLLOW_LINKS)
        && !Files.exists(folder.resolve(NEXT.library()), LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Optional<PackManifest> next =
          installed(folder, trusted, NEXT)
              .filter(m -> holds(folder.resolve(NEXT.library()), m))
              .filter(m -> m.version().isNewerThan(installedVersion(folder, trusted)));
      if (next.isPresent()) {
        Files.move(
            folder.resolve(NEXT.library()),
            folder.resolve(CURRENT.library()),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
        Files.move(
            folder.resolve(NEXT.record()),
            folder.resolve(CURRENT.record()),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
        stamp(folder, next.get());
        LOG.log(System.Logger.Level.INFO, "Library " + next.get().version() + " is now in use");
      } else {
        LOG.log(System.Logger.Level.WARNING, "A waiting library pack in " + folder + " is dropped");
      }
      Files.deleteIfExists(folder.resolve(NEXT.library()));
      Files.deleteIfExists(folder.resolve(NEXT.record()));
    } catch (IOException e) {
      // The library in use stays; the next start tries again.
      LOG.log(System.Logger.Level.WARNING, "A waiting library pack could not be put in place", e);
    }
  }

  private static void stamp(Path folder, PackManifest manifest) throws IOException {
    replace(
        folder,
        LibraryInstaller.STAMP,
        (manifest.sha256() + "\n").getBytes(StandardCharsets.US_ASCII));
  }

  /** Refuses a library SQLite cannot read, of another schema, or unlike its signed manifest. */
  private static void checkReadable(Path library, PackManifest manifest, String name)
      throws PackException {
    LibraryInfo info;
    try (LibraryReader reader = LibraryReader.open(library)) {
      info = reader.info();
    } catch (StoreException e) {
      throw new PackException(
          name + " holds a library this CareShelf cannot read; it may need a newer CareShelf.", e);
    }
    if (info.articles() != manifest.articles() || !info.version().equals(manifest.version())) {
      throw new PackException(name + " holds another library than its manifest describes.");
    }
  }

  /**
   * The version of the library the app reads from {@code folder}: an installed pack's, when {@link
   * #kept} it, else the bundled library's.
   */
  public static LibraryVersion installedVersion(Path folder, List<PublicKey> trusted) {
    LibraryVersion bundled = LibraryInstaller.bundledVersion();
    return kept(folder, trusted, bundled).map(PackManifest::version).orElse(bundled);
  }

  /**
   * The manifest of {@code folder}'s library when it is an installed pack to keep: its record
   * signed by a trusted key, its bytes the ones signed, and its version newer than {@code bundled}.
   * A newer app's bundled library replaces an older pack.
   */
  static Optional<PackManifest> kept(Path folder, List<PublicKey> trusted, LibraryVersion bundled) {
    return installed(folder, trusted, CURRENT)
        .filter(m -> m.version().isNewerThan(bundled))
        .filter(m -> holds(folder.resolve(LibraryInstaller.FILE), m));
  }

  /** The signed manifest of the pack installed in {@code folder}, if a trusted key signed it. */
  static Optional<PackManifest> installed(Path folder, List<PublicKey> trusted, Slot slot) {
    Path file = folder.resolve(slot.record());
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_RECORD) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.UTF_8);
      int at = text.lastIndexOf(SIGNATURE_LINE);
      if (at < 0 || (at > 0 && text.charAt(at - 1) != '\n')) {
        return Optional.empty();
      }
      byte[] manifest =
          Arrays.copyOf(bytes, text.substring(0, at).getBytes(StandardCharsets.UTF_8).length);
      byte[] signature =
          Base64.getDecoder().decode(text.substring(at + SIGNATURE_LINE.length()).strip());
      if (trusted.stream().noneMatch(k -> PackKeys.verifies(k, manifest, signature))) {
        return Optional.empty();
      }
      return Optional.of(PackManifest.parse(manifest, file.toString()));
    } catch (IOException | IllegalArgumentException | PackException e) {
      return Optional.empty(); // no record to trust: the bundled library is put back
    }
  }

  private static byte[] record(LibraryPack.Signed pack) {
    String signature = Base64.getEncoder().encodeToString(pack.signature());
    byte[] line = (SIGNATURE_LINE + signature + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] record = Arrays.copyOf(pack.manifestBytes(), pack.manifestBytes().length + line.length);
    System.arraycopy(line, 0, record, pack.manifestBytes().length, line.length);
    return record;
  }

  /** True when {@code library}'s bytes are the ones {@code manifest} signed. */
  private static boolean holds(Path library, PackManifest manifest) {
    try {
      if (!Files.isRegularFile(library, LinkOption.NOFOLLOW_LINKS)
          || Files.size(library) != manifest.size()) {
        return false;
      }
      MessageDigest digest = LibraryPack.sha256();
      try (InputStream in = new DigestInputStream(Files.newInputStream(library), digest)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest()).equals(manifest.sha256());
    } catch (IOException e) {
      return false;
    }
  }

  /** Removes the record of an installed pack, once the bundled library is back in its place. */
  static void forget(Path folder) throws IOException {
    Files.deleteIfExists(folder.resolve(RECORD));
  }

  private static void replace(Path folder, String name, byte[] bytes) throws IOException {
    Path temp = Files.createTempFile(folder, name, ".tmp");
    try {
      Files.write(temp, bytes);
      if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      Files.move(
          temp,
          folder.resolve(name),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
