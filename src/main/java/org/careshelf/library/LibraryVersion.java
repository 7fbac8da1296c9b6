package org.careshelf.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A library's version: one to four whole numbers joined by dots, compared number by number, a
 * missing number counting as 0, so {@code 2026.12.1} is newer than {@code 2026.9.3} and {@code
 * 2026.12} is the same as {@code 2026.12.0}. The convention is {@code YEAR.MONTH.N}, so a pack the
 * maintainers or a clinic make and the library bundled in the next release compare by date.
 */
public record LibraryVersion(List<Integer> parts) implements Comparable<LibraryVersion> {

  /** The version of a library compiled without one, older than any real version. */
  public static final LibraryVersion NONE = new LibraryVersion(List.of(0));

  /** The most numbers a version has. */
  static final int MAX_PARTS = 4;

  public LibraryVersion {
    parts = List.copyOf(parts);
  }

  /** Reads {@code text}, or empty when it is not one to four whole numbers joined by dots. */
  public static Optional<LibraryVersion> parse(String text) {
    if (text == null || !text.matches("[0-9]{1,9}(\\.[0-9]{1,9}){0," + (MAX_PARTS - 1) + "}")) {
      return Optional.empty();
    }
    List<Integer> parts = new ArrayList<>();
    for (String part : text.split("\\.")) {
      parts.add(Integer.parseInt(part));
    }
    return Optional.of(new LibraryVersion(parts));
  }

  /** What {@link #parse} accepts, for a message. */
  public static final String FORMAT =
      "one to four whole numbers joined by dots, such as 2026.12.1 (year, month, number)";

  @Override
  public int compareTo(LibraryVersion other) {
    for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
      int mine = i < parts.size() ? parts.get(i) : 0;
      int theirs = i < other.parts.size() ? other.parts.get(i) : 0;
      if (mine != theirs) {
        return Integer.compare(mine, theirs);
      }
    }
    return 0;
  }

  /** True when this version is later than {@code other}. */
  public boolean isNewerThan(LibraryVersion other) {
    return compareTo(other) > 0;
  }

  /** Equal when they compare as the same version: {@code 2026.12} equals {@code 2026.12.0}. */
  @Override
  public boolean equals(Object other) {
    return other instanceof LibraryVersion v && compareTo(v) == 0;
  }

  @Override
  public int hashCode() {
    int last = parts.size();
    while (last > 1 && parts.get(last - 1) == 0) {
      last--;
    }
    return parts.subList(0, last).hashCode();
  }

  @Override
  public String toString() {
    return String.join(".", parts.stream().map(String::valueOf).toList());
  }
}
