package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirsTest {

  final Path home = Path.of("/home/pat");

  @Test
  void linuxUsesXdgDataHome() {
    assertThat(DataDirs.forPlatform("Linux", Map.of("XDG_DATA_HOME", "/data"), home))
        .isEqualTo(Path.of("/data/careshelf"));
  }

  @Test
  void linuxFallsBackToLocalShare() {
    assertThat(DataDirs.forPlatform("Linux", Map.of(), home))
        .isEqualTo(Path.of("/home/pat/.local/share/careshelf"));
  }

  @Test
  void aRelativeXdgDataHomeIsIgnored() {
    assertThat(DataDirs.forPlatform("Linux", Map.of("XDG_DATA_HOME", "rel"), home))
        .isEqualTo(Path.of("/home/pat/.local/share/careshelf"));
  }

  @Test
  void macUsesApplicationSupport() {
    assertThat(DataDirs.forPlatform("Mac OS X", Map.of(), home))
        .isEqualTo(Path.of("/home/pat/Library/Application Support/CareShelf"));
  }

  @Test
  void windowsUsesAppData() {
    assertThat(DataDirs.forPlatform("Windows 11", Map.of("APPDATA", "/appdata"), home))
        .isEqualTo(Path.of("/appdata/CareShelf"));
  }
}
