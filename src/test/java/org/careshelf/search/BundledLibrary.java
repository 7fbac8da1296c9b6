package org.careshelf.search;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.careshelf.library.LibraryInstaller;
import org.careshelf.library.LibraryReader;

/** The real library the build compiled from articles/, for tests of search quality. */
final class BundledLibrary {

  private BundledLibrary() {}

  /** The search engine on the real library, opened once for a test class. */
  static final class Engine {
    final LibraryReader store = LibraryReader.open(file());
    final SearchEngine engine = SearchEngine.open(store);

    void close() {
      store.close();
    }
  }

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
