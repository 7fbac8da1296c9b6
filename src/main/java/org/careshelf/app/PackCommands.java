package org.careshelf.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.careshelf.content.CompileResult;
import org.careshelf.library.LibraryPack;
import org.careshelf.library.LibraryVersion;
import org.careshelf.library.PackException;
import org.careshelf.library.PackInstaller;
import org.careshelf.library.PackKeys;
import org.careshelf.library.PackManifest;

/**
 * {@code careshelf keygen}, {@code pack} and {@code install-library}: making a signing key, a
 * signed library pack, and installing one in place of the library, as an administrator types them.
 */
final class PackCommands {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private PackCommands() {}

  /** Writes a new key pair into {@code dir} and prints the settings line that trusts it. */
  static int keygen(Path dir, PrintStream out, PrintStream err) throws IOException {
    KeyPair pair = PackKeys.generate();
    try {
      PackKeys.write(pair, dir);
    } catch (FileAlreadyExistsException e) {
      err.println("careshelf: " + e.getFile() + "; choose another folder.");
      return Main.USAGE;
    }
    out.println(
        "Wrote "
            + dir.resolve("private.key")
            + " (keep it secret and safe: it signs packs) and "
            + dir.resolve("public.key")
            + ".");
    out.println("Put this line in the settings file of each computer that installs your packs:");
    out.println("trusted-key = " + PackKeys.text(pair.getPublic()));
    return Main.OK;
  }

  /**
   * Compiles {@code folders} and writes one signed pack file: the library, its manifest and the
   * signature of the manifest.
   */
  static int pack(List<Path> folders, PackOptions options, PrintStream out, PrintStream err)
      throws IOException {
    PrivateKey key;
    try {
      key = PackKeys.readPrivate(options.key());
    } catch (IOException e) {
      err.println("careshelf: " + e.getMessage() + ".");
      return Main.USAGE;
    }
    for (Path articles : folders) {
      if (!Files.isDirectory(articles)) {
        err.println("careshelf: " + articles + " is not a folder of articles.");
        return Main.FAILED;
      }
    }
    Path work = Files.createTempDirectory("careshelf-pack-");
    Path library = work.resolve("content.db");
    try {
      LocalDate date = options.date() == null ? LocalDate.now() : options.date();
      PackOptions dated = new PackOptions(options.version(), date, options.lenient(), null, null);
      CompileResult result = CompileCommand.compile(folders, library, dated);
      if (!result.ok()) {
        CompileCommand.printProblems(result, folders, "pack", err);
        return Main.FAILED;
      }
      int articles = result.library().articles().size();
      PackManifest manifest =
          new PackManifest(options.version(), date, articles, Files.size(library), sha256(library));
      LibraryPack.write(library, manifest, key, options.out());
      out.printf(
          "Packed library %s of %s (%d articles) into %s%n",
          manifest.version(), DAY.format(date), articles, options.out());
      CompileCommand.warnings(result, folders.get(0), out);
      return Main.OK;
    } finally {
      Files.deleteIfExists(library);
      Files.deleteIfExists(work);
    }
  }

  /** Installs a pack in place of the library in {@code folders}' library folder. */
  static int install(
      Path pack, DataFolders folders, SystemSettings settings, PrintStream out, PrintStream err) {
    Path folder = folders.library();
    LibraryVersion before = PackInstaller.installedVersion(folder, settings.trustedKeys());
    try {
      PackManifest installed = PackInstaller.install(pack, folder, settings.trustedKeys());
      out.printf(
          "Installed library %s of %s (%d articles) in %s, in place of version %s.%n",
          installed.version(), DAY.format(installed.date()), installed.articles(), folder, before);
      return Main.OK;
    } catch (PackException e) {
      err.println("careshelf: " + e.getMessage() + " The library is unchanged.");
      return Main.USAGE;
    }
  }

  private static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
