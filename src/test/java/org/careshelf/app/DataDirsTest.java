package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataDirsTest {

  final Path home = Path.of("/home/pat");

  @ParameterizedTest(name = "{0} with {1}={2}: {3}")
  @CsvSource({
    "Linux, XDG_DATA_HOME, /data, /data/careshelf",
    "Linux, , , /home/pat/.local/share/careshelf",
    "Linux, XDG_DATA_HOME, rel, /home/pat/.local/share/careshelf",
    "Mac OS X, , , /home/pat/Library/Application Support/CareShelf",
    "Windows 11, APPDATA, /appdata, /appdata/CareShelf",
  })
  void eachPlatformHasItsOwnDataFolder(String os, String variable, String value, String expected) {
    Map<String, String> env = variable == null ? Map.of() : Map.of(variable, value);

    assertThat(DataDirs.forPlatform(os, env, home)).isEqualTo(Path.of(expected));
  }
}
