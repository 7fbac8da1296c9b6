package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careshelf.ui.kiosk.KioskPin;
import org.careshelf.ui.theme.ThemeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kiosk's settings lines and the kiosk-pin command. */
class KioskSettingsTest {

  @TempDir Path dir;

  Path file(String text) throws Exception {
    Path file = dir.resolve("settings.conf");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void readsEveryKioskSetting() throws Exception {
    String hash = KioskPin.hash("2468");
    SystemSettings settings =
        SystemSettings.load(
            file(
                "mode = kiosk\nkiosk-idle-seconds = 45\nkiosk-pin-hash = "
                    + hash
                    + "\nkiosk-text-size = 150\nkiosk-theme = high-contrast\n"));

    assertThat(settings.kiosk()).isTrue();
    assertThat(settings.kioskToStart(dir))
        .isEqualTo(new SystemSettings.Kiosk(45, hash, 150, ThemeName.HIGH_CONTRAST));
  }

  @Test
  void kioskPrintIsOffUnlessTurnedOnAndIsOnOrOff() throws Exception {
    assertThat(SystemSettings.load(file("mode = reader\n")).kioskSettings().print()).isFalse();
    assertThat(SystemSettings.load(file("kiosk-print = on\n")).kioskSettings().print()).isTrue();
    assertThat(SystemSettings.load(file("kiosk-print = off\n")).kioskSettings().print()).isFalse();
    assertThatThrownBy(() -> SystemSettings.load(file("kiosk-print = yes\n")))
        .hasMessageEndingWith(":1: kiosk-print is 'on' or 'off', not 'yes'.");
  }

  @Test
  void withoutSettingsAReaderIsNoKiosk() throws Exception {
    SystemSettings settings = SystemSettings.load(file("mode = reader\n"));

    assertThat(settings.kiosk()).isFalse();
    assertThat(settings.kioskSettings().idleSeconds()).isEqualTo(SystemSettings.IDLE_SECONDS);
  }

  @Test
  void aKioskWithoutAPinRefusesToStartAndSaysHowToMakeOne() throws Exception {
    Path file = file("mode = kiosk\n");
    SystemSettings settings = SystemSettings.load(file);

    assertThatThrownBy(() -> settings.kioskToStart(file))
        .hasMessageContaining("careshelf kiosk-pin")
        .hasMessageStartingWith(file.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "mode = shop|2: mode is 'reader' or 'kiosk'",
        "kiosk-idle-seconds = 10|2: kiosk-idle-seconds is a whole number of seconds, at least 15",
        "kiosk-idle-seconds = soon|2: kiosk-idle-seconds is a whole number",
        "kiosk-pin-hash = 2468|2: kiosk-pin-hash is not one 'careshelf kiosk-pin' made",
        "kiosk-text-size = 300|2: kiosk-text-size is a size from 100 to 250",
        "kiosk-text-size = 130|2: kiosk-text-size is a size from 100 to 250 in steps of 25",
        "kiosk-theme = pink|2: kiosk-theme is light, dark or high-contrast",
      })
  void aBadLineNamesItsFileAndLine(String line, String message) throws Exception {
    Path file = file("# kiosk\n" + line + "\n");

    assertThatThrownBy(() -> SystemSettings.load(file))
        .hasMessageStartingWith(file + ":" + message);
  }

  @Test
  void kioskPinReadsThePinFromStandardInputAndPrintsTheSettingsLine() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        Main.kioskPin(
            new ByteArrayInputStream("2468\n".getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    String line = out.toString(StandardCharsets.UTF_8).strip();
    assertThat(status).isZero();
    assertThat(line).startsWith("kiosk-pin-hash = ").doesNotContain("2468");
    assertThat(KioskPin.matches("2468", line.substring("kiosk-pin-hash = ".length()))).isTrue();
  }

  @Test
  void kioskPinRefusesAShortPinAndTheCommandLine() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        Main.kioskPin(
            new ByteArrayInputStream("12\n".getBytes(StandardCharsets.UTF_8)),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(Main.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("4 to 12 digits");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"kiosk-pin", "2468"}))
        .hasMessageContaining("never from the command line");
  }
}
