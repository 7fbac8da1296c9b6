package org.careshelf.handout;

import java.util.Locale;
import java.util.Optional;

/** The sheet a handout is printed on: US Letter or A4, in PDF points (1/72 inch). */
public enum Paper {
  LETTER(612f, 792f),
  A4(595.276f, 841.89f);

  private final float width;
  private final float height;

  Paper(float width, float height) {
    this.width = width;
    this.height = height;
  }

  float width() {
    return width;
  }

  float height() {
    return height;
  }

  /** The paper named {@code name} ("letter" or "a4", in any case). */
  public static Optional<Paper> named(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "letter" -> Optional.of(LETTER);
      case "a4" -> Optional.of(A4);
      default -> Optional.empty();
    };
  }

  /**
   * Letter where people use it (the United States, Canada, Mexico, the Philippines and a few
   * others), A4 everywhere else.
   */
  public static Paper forCountry(String country) {
    return switch (country.toUpperCase(Locale.ROOT)) {
      case "US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR" -> LETTER;
      default -> A4;
    };
  }
}
