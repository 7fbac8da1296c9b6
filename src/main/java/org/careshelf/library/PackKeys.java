package org.careshelf.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The Ed25519 keys that sign library packs, with the JDK's own {@code Signature} and no other
 * library. A key is kept as one line of Base64: a public key in its X.509 encoding (as in {@code
 * trusted-key = MCowBQYDK2VwAyEA...}), a private key in its PKCS#8 encoding.
 */
public final class PackKeys {

  static final String ALGORITHM = "Ed25519";

  /** The project's own public key, trusted by every copy of CareShelf. */
  static final String BUILT_IN = "/org/careshelf/library/release-key.pub";

  /** Far more than a key's line of Base64 needs. */
  private static final int MAX_KEY_FILE = 4096;

  private PackKeys() {}

  /** A new key pair. */
  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is part of every Java runtime since 15", e);
    }
  }

  /** The public key as one line of Base64, as a {@code trusted-key} setting takes it. */
  public static String text(PublicKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  /** Reads a public key from its Base64 line, or empty when it is not an Ed25519 public key. */
  public static Optional<PublicKey> publicKey(String base64) {
    try {
      byte[] bytes = Base64.getDecoder().decode(base64.strip());
      return Optional.of(
          KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(bytes)));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  /** How every Ed25519 public key's X.509 encoding starts; the 32 bytes of the key follow. */
  private static final byte[] X509_PREFIX =
      java.util.HexFormat.of().parseHex("302a300506032b6570032100");

  /**
   * True when {@code base64} is an Ed25519 public key's line, checked by its form alone: fast
   * enough to check a settings file before the first frame, where loading the JDK's key classes
   * would not be.
   */
  public static boolean isPublicKeyText(String base64) {
    try {
      byte[] bytes = Base64.getDecoder().decode(base64.strip());
      return bytes.length == X509_PREFIX.length + 32
          && java.util.Arrays.equals(
              bytes, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The project's own public key, built into the app. */
  public static PublicKey builtIn() {
    try (InputStream in = PackKeys.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("this build has no " + BUILT_IN);
      }
      String text = new String(in.readNBytes(MAX_KEY_FILE), StandardCharsets.US_ASCII);
      return publicKey(text)
          .orElseThrow(() -> new IllegalStateException(BUILT_IN + " is not an Ed25519 key"));
    } catch (IOException e) {
      throw new IllegalStateException("the built-in key cannot be read", e);
    }
  }

  /**
   * Writes {@code DIR/private.key}, readable by its owner only where the file system has POSIX
   * permissions (set as the file is made, so it is never readable by others even for a moment), and
   * {@code DIR/public.key}; refuses to replace either, since a lost private key cannot sign the
   * next pack.
   */
  public static void write(KeyPair pair, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path privateFile = dir.resolve("private.key");
    Path publicFile = dir.resolve("public.key");
    for (Path file : new Path[] {privateFile, publicFile}) {
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(file + " already exists; keygen never replaces a key");
      }
    }
    byte[] privateText =
        (Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n")
            .getBytes(StandardCharsets.US_ASCII);
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
      FileAttribute<Set<PosixFilePermission>> attribute =
          PosixFilePermissions.asFileAttribute(ownerOnly);
      Files.createFile(privateFile, attribute);
      // The umask may take bits away at creation, never add; set them once more to be exact.
      Files.setPosixFilePermissions(privateFile, ownerOnly);
      Files.write(privateFile, privateText, StandardOpenOption.TRUNCATE_EXISTING);
    } else {
      Files.write(privateFile, privateText, StandardOpenOption.CREATE_NEW);
    }
    Files.writeString(
        publicFile,
        text(pair.getPublic()) + "\n",
        StandardCharsets.US_ASCII,
        StandardOpenOption.CREATE_NEW);
  }

  /** Reads a private key written by {@link #write}. */
  public static PrivateKey readPrivate(Path file) throws IOException {
    if (!Files.isRegularFile(file) || Files.size(file) > MAX_KEY_FILE) {
      throw new IOException(file + " is not a private key made by 'careshelf keygen'");
    }
    try {
      byte[] bytes =
          Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
      return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(bytes));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new IOException(file + " is not a private key made by 'careshelf keygen'", e);
    }
  }

  /** Signs {@code data}. */
  static byte[] sign(PrivateKey key, byte[] data) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initSign(key);
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("the key cannot sign: " + e.getMessage(), e);
    }
  }

  /** True when {@code signature} is {@code key}'s over {@code data}. */
  static boolean verifies(PublicKey key, byte[] data, byte[] signature) {
    try {
      Signature check = Signature.getInstance(ALGORITHM);
      check.initVerify(key);
      check.update(data);
      return check.verify(signature);
    } catch (GeneralSecurityException e) {
      return false; // a signature of the wrong length or form is no signature
    }
  }
}
