package org.careshelf.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.careshelf.sqlite.StoreException;

/**
 * Puts the library bundled in the jar into the reader's data folder, replacing the copy there only
 * when the bundled library has changed.
 */
public final class LibraryInstaller {

  /** Where the build puts the compiled library on the class path. */
  public static final String BUNDLED = "/org/careshelf/library/content.db";

  static final String FILE = "content.db";
  static final String STAMP = "content.db.sha256";

  private LibraryInstaller() {}

  /**
   * Makes {@code dataDir/content.db} a copy of the bundled library and returns its path. The copy
   * is written to a temporary file and renamed, so a crash never leaves a half-copied library.
   */
  public static Path install(Path dataDir) {
    try (InputStream in = LibraryInstaller.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IOException("this build has no bundled library");
      }
      byte[] bundled = in.readAllBytes();
      String digest = sha256(bundled);
      Path target = dataDir.resolve(FILE);
      Path stamp = dataDir.resolve(STAMP);
      if (Files.isRegularFile(target)
          && Files.isRegularFile(stamp)
          && Files.readString(stamp, StandardCharsets.US_ASCII).strip().equals(digest)) {
        return target;
      }
      Files.createDirectories(dataDir);
      Path temp = Files.createTempFile(dataDir, FILE, ".tmp");
      try {
        Files.write(temp, bundled);
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
      Files.writeString(stamp, digest + "\n", StandardCharsets.US_ASCII);
      return target;
    } catch (IOException e) {
      throw new StoreException(
          "The library could not be copied to " + dataDir + ": " + e.getMessage(), e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
