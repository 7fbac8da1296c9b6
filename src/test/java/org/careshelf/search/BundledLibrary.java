package org.careshelf.search;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.careshelf.library.LibraryInstaller;

/** The real library the build compiled from articles/, for tests of search quality. */
final class BundledLibrary {

  private BundledLibrary() {}

  static Path file() {
    try {
      return Path.of(
          Objects.requireNonNull(
                  BundledLibrary.class.getResource(LibraryInstaller.BUNDLED),
                  "the build compiles the library before the tests")
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
