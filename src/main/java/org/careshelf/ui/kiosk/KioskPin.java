package org.careshelf.ui.kiosk;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The staff PIN of a kiosk, kept only as a salted PBKDF2 hash from the JDK: {@code
 * pbkdf2-sha256$ITERATIONS$SALT$HASH}, the salt and hash in Base64. {@code careshelf kiosk-pin}
 * makes one; the PIN pad checks a typed PIN against it.
 */
public final class KioskPin {

  /** The fewest digits a PIN may have. */
  public static final int SHORTEST = 4;

  /** The most digits a PIN may have. */
  public static final int LONGEST = 12;

  private static final String PREFIX = "pbkdf2-sha256";
  private static final int ITERATIONS = 210_000;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  private KioskPin() {}

  /** True for 4 to 12 digits, nothing else. */
  public static boolean isValidPin(String pin) {
    return pin != null
        && pin.length() >= SHORTEST
        && pin.length() <= LONGEST
        && pin.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** A new salted hash of {@code pin}, which must be valid. */
  public static String hash(String pin) {
    if (!isValidPin(pin)) {
      throw new IllegalArgumentException("a PIN is 4 to 12 digits");
    }
    byte[] salt = new byte[SALT_BYTES];
    new SecureRandom().nextBytes(salt);
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return String.join(
        "$",
        PREFIX,
        Integer.toString(ITERATIONS),
        base64.encodeToString(salt),
        base64.encodeToString(derive(pin, salt, ITERATIONS)));
  }

  /** True when {@code hash} is one {@link #hash} could have made. */
  public static boolean isValidHash(String hash) {
    return parse(hash) != null;
  }

  /** True when {@code pin} is the PIN {@code hash} was made from. */
  public static boolean matches(String pin, String hash) {
    Parsed parsed = parse(hash);
    if (parsed == null || !isValidPin(pin)) {
      return false;
    }
    return MessageDigest.isEqual(derive(pin, parsed.salt(), parsed.iterations()), parsed.hash());
  }

  private record Parsed(int iterations, byte[] salt, byte[] hash) {}

  private static Parsed parse(String text) {
    if (text == null) {
      return null;
    }
    String[] parts = text.strip().split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX)) {
      return null;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] hash = Base64.getDecoder().decode(parts[3]);
      if (iterations < 10_000 || salt.length < 8 || hash.length != HASH_BITS / 8) {
        return null;
      }
      return new Parsed(iterations, salt, hash);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static byte[] derive(String pin, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
    } finally {
      spec.clearPassword();
    }
  }
}
