package org.careshelf.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.careshelf.Fixtures;
import org.careshelf.content.LibraryCompiler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed packs: made, installed, kept at start, and every bad pack refused with nothing changed.
 */
class PackTest {

  static final KeyPair KEY = PackKeys.generate();
  static final KeyPair STRANGER = PackKeys.generate();

  @TempDir Path dir;
  Path data;
  List<PublicKey> trusted;

  @BeforeEach
  void bundledLibraryInstalled() {
    data = dir.resolve("data");
    LibraryInstaller.install(data, null, List.of(KEY.getPublic()));
    trusted = List.of(PackKeys.builtIn(), KEY.getPublic());
  }

  /** The fixture library (three articles) as a pack of {@code version}, signed by {@code key}. */
  Path pack(String version, KeyPair key) throws Exception {
    Path work = Files.createTempDirectory(dir, "work");
    Path db = work.resolve("content.db");
    LibraryVersion v = LibraryVersion.parse(version).orElseThrow();
    LocalDate date = LocalDate.of(2027, 1, 15);
    assertThat(
            LibraryCompiler.compile(
                    List.of(Fixtures.librarySource()),
                    db,
                    new LibraryCompiler.Options(v, date, false))
                .ok())
        .isTrue();
    byte[] bytes = Files.readAllBytes(db);
    PackManifest manifest = new PackManifest(v, date, 3, bytes.length, sha256(bytes));
    Path pack = work.resolve("library-" + version + ".careshelf");
    LibraryPack.write(db, manifest, key.getPrivate(), pack);
    return pack;
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** The entries of a pack, in order, to rebuild it with one of them changed. */
  static Map<String, byte[]> entries(Path pack) throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(pack.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
      }
    }
    return entries;
  }

  Path zip(String name, Map<String, byte[]> entries) throws Exception {
    Path file = dir.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  /** Installing {@code pack} is refused with {@code words}, and the data folder is as it was. */
  void refused(Path pack, String words) throws Exception {
    Map<String, byte[]> before = folder();
    assertThatThrownBy(() -> PackInstaller.install(pack, data, trusted))
        .isInstanceOf(PackException.class)
        .hasMessageContaining(words)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    Map<String, byte[]> after = folder();
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
  }

  Map<String, byte[]> folder() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (var list = Files.list(data)) {
      for (Path p : list.sorted().toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  int articles(Path library) {
    try (LibraryReader reader = LibraryReader.open(library)) {
      return reader.info().articles();
    }
  }

  @Test
  void aNewerSignedPackReplacesTheLibraryAndIsKeptAtTheNextStart() throws Exception {
    PackManifest installed = PackInstaller.install(pack("9000.1", KEY), data, trusted);

    assertThat(installed.version()).hasToString("9000.1");
    Path library = LibraryInstaller.install(data, null, trusted);
    assertThat(library).isEqualTo(data.resolve("content.db"));
    assertThat(articles(library)).isEqualTo(3);
    try (LibraryReader reader = LibraryReader.open(library)) {
      assertThat(reader.info().version()).hasToString("9000.1");
      assertThat(reader.info().date()).contains(LocalDate.of(2027, 1, 15));
    }
    assertThat(PackInstaller.installedVersion(data, trusted)).hasToString("9000.1");
  }

  @Test
  void aPackNoLongerTrustedOrOlderThanTheBundledLibraryGivesWayToIt() throws Exception {
    PackInstaller.install(pack("9000.1", KEY), data, trusted);

    assertThat(PackInstaller.kept(data, trusted, LibraryVersion.parse("9000.2").get())).isEmpty();
    // The settings no longer trust the key that signed it: the bundled library comes back.
    Path library = LibraryInstaller.install(data, null, List.of(PackKeys.builtIn()));
    assertThat(articles(library)).isGreaterThan(3);
    assertThat(data.resolve(PackInstaller.RECORD)).doesNotExist();
  }

  @Test
  void anInstalledLibraryWithOneByteChangedIsReplacedByTheBundledOne() throws Exception {
    PackInstaller.install(pack("9000.1", KEY), data, trusted);
    byte[] bytes = Files.readAllBytes(data.resolve("content.db"));
    bytes[bytes.length - 10] ^= 1;
    Files.write(data.resolve("content.db"), bytes);

    assertThat(articles(LibraryInstaller.install(data, null, trusted))).isGreaterThan(3);
  }

  @Test
  void aPackInstalledFromTheWindowWaitsBesideTheOpenLibraryUntilTheNextStart() throws Exception {
    byte[] open = Files.readAllBytes(data.resolve("content.db"));
    PackInstaller.stage(pack("9000.1", KEY), data, trusted);

    assertThat(Files.readAllBytes(data.resolve("content.db"))).isEqualTo(open);
    assertThat(data.resolve("content.next.db")).exists();
    Path library = LibraryInstaller.install(data, null, trusted);
    assertThat(articles(library)).isEqualTo(3);
    assertThat(data.resolve("content.next.db")).doesNotExist();
    assertThat(data.resolve("content.next.pack")).doesNotExist();
    assertThat(PackInstaller.installedVersion(data, trusted)).hasToString("9000.1");
  }

  @Test
  void aWaitingPackChangedSinceItWasCheckedIsDroppedAtStart() throws Exception {
    PackInstaller.stage(pack("9000.1", KEY), data, trusted);
    byte[] bytes = Files.readAllBytes(data.resolve("content.next.db"));
    bytes[bytes.length / 3] ^= 1;
    Files.write(data.resolve("content.next.db"), bytes);

    assertThat(articles(LibraryInstaller.install(data, null, trusted))).isGreaterThan(3);
    assertThat(data.resolve("content.next.db")).doesNotExist();
  }

  @Test
  void aPackOfTheInstalledVersionOrOlderIsRefused() throws Exception {
    refused(pack(LibraryInstaller.bundledVersion().toString(), KEY), "only a newer library");
    PackInstaller.install(pack("9000.1", KEY), data, trusted);
    refused(pack("9000.1.0", KEY), "version 9000.1 is installed");
    refused(pack("9000.0.9", KEY), "only a newer library replaces it");
  }

  @Test
  void aTamperedLibraryIsRefused() throws Exception {
    Map<String, byte[]> entries = entries(pack("9000.1", KEY));
    byte[] db = entries.get("content.db");
    db[db.length / 2] ^= 1;
    refused(zip("tampered.careshelf", entries), "changed since it was signed");
  }

  @Test
  void aTamperedManifestIsRefused() throws Exception {
    Map<String, byte[]> entries = entries(pack("9000.1", KEY));
    entries.put(
        "manifest.txt",
        new String(entries.get("manifest.txt")).replace("9000.1", "9999.1").getBytes());
    refused(zip("manifest.careshelf", entries), "not signed by a key this computer trusts");
  }

  @Test
  void aTruncatedPackIsRefused() throws Exception {
    byte[] bytes = Files.readAllBytes(pack("9000.1", KEY));
    Path truncated = dir.resolve("truncated.careshelf");
    Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
    refused(truncated, "damaged or incomplete");
  }

  @Test
  void anUnsignedPackIsRefused() throws Exception {
    Map<String, byte[]> entries = entries(pack("9000.1", KEY));
    entries.remove("manifest.sig");
    refused(zip("unsigned.careshelf", entries), "is not signed");
  }

  @Test
  void aPackSignedByAKeyNotTrustedIsRefused() throws Exception {
    refused(pack("9000.1", STRANGER), "not signed by a key this computer trusts");
  }

  @Test
  void aSignedPackWhoseLibraryCannotBeReadIsRefused() throws Exception {
    byte[] notALibrary = "SQLite format 3\0 and then nothing a library holds".getBytes();
    PackManifest manifest =
        new PackManifest(
            LibraryVersion.parse("9000.1").get(),
            LocalDate.of(2027, 1, 1),
            3,
            notALibrary.length,
            sha256(notALibrary));
    Path db = dir.resolve("bad.db");
    Files.write(db, notALibrary);
    Path pack = dir.resolve("unreadable.careshelf");
    LibraryPack.write(db, manifest, KEY.getPrivate(), pack);
    refused(pack, "cannot read");
  }

  @Test
  void somethingThatIsNotAPackIsRefused() throws Exception {
    Path text = dir.resolve("notes.careshelf");
    Files.writeString(text, "not a zip at all");
    refused(text, "damaged or incomplete");
    refused(dir.resolve("missing.careshelf"), "is not a file");
  }

  @Test
  void anEntryNamedOutsideThePackIsRefusedAndWritesNothing() throws Exception {
    Map<String, byte[]> entries = entries(pack("9000.1", KEY));
    entries.put("../../escaped.txt", "written outside".getBytes());
    refused(zip("slip.careshelf", entries), "not a CareShelf library pack");
    assertThat(dir.resolve("escaped.txt")).doesNotExist();
    assertThat(dir.getParent().resolve("escaped.txt")).doesNotExist();
  }

  @Test
  void aLibraryLargerThanItsSignedSizeIsRefused() throws Exception {
    // Signed as 100 bytes: reading stops after 100 and one, however large the entry unpacks.
    byte[] huge = new byte[5 * 1024 * 1024];
    PackManifest manifest =
        new PackManifest(
            LibraryVersion.parse("9000.1").get(), LocalDate.of(2027, 1, 1), 3, 100, sha256(huge));
    Path db = dir.resolve("huge.db");
    try (OutputStream out = Files.newOutputStream(db)) {
      out.write(huge);
    }
    Path pack = dir.resolve("huge.careshelf");
    LibraryPack.write(db, manifest, KEY.getPrivate(), pack);
    refused(pack, "changed since it was signed");
  }

  @Test
  void keysAreWrittenOwnerOnlyAndNeverReplaced() throws Exception {
    Path keys = dir.resolve("keys");
    PackKeys.write(KEY, keys);

    if (keys.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(keys.resolve("private.key"))))
          .isEqualTo("rw-------");
    }
    assertThat(PackKeys.readPrivate(keys.resolve("private.key"))).isEqualTo(KEY.getPrivate());
    assertThat(PackKeys.publicKey(Files.readString(keys.resolve("public.key"))))
        .contains(KEY.getPublic());
    assertThatThrownBy(() -> PackKeys.write(STRANGER, keys))
        .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    assertThat(PackKeys.readPrivate(keys.resolve("private.key"))).isEqualTo(KEY.getPrivate());
  }

  @Test
  void theBuiltInKeyIsAnEd25519PublicKey() {
    assertThat(PackKeys.builtIn().getAlgorithm()).isIn("Ed25519", "EdDSA");
    assertThat(PackKeys.publicKey("not a key")).isEmpty();
    assertThat(PackKeys.isPublicKeyText(PackKeys.text(KEY.getPublic()))).isTrue();
    assertThat(PackKeys.isPublicKeyText("MCowBQYDK2VwAyEA")).isFalse();
    // A private key's line is not a public key's, however alike they look.
    assertThat(
            PackKeys.isPublicKeyText(
                java.util.Base64.getEncoder().encodeToString(KEY.getPrivate().getEncoded())))
        .isFalse();
  }
}
