package org.careshelf.speech;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Windows's own speech (SAPI, {@code System.Speech.Synthesis.SpeechSynthesizer}) through Windows
 * PowerShell, which every Windows since 7 has. Written from Microsoft's documentation; not tried
 * here (no Windows).
 */
final class WindowsSpeech extends ProcessSpeech {

  WindowsSpeech(Path program) {
    super(program);
  }

  @Override
  List<String> arguments(String words, Pace pace, Path wav, Map<String, String> environment) {
    // The words travel in the environment, Base64 of UTF-8: no quoting, no console code page.
    environment.put(
        "CARESHELF_WORDS",
        Base64.getEncoder().encodeToString(words.getBytes(StandardCharsets.UTF_8)));
    if (wav != null) {
      environment.put("CARESHELF_WAV", wav.toAbsolutePath().toString());
    }
    String output =
        wav == null
            ? ""
            : "$f = New-Object System.Speech.AudioFormat.SpeechAudioFormatInfo(22050,"
                + " [System.Speech.AudioFormat.AudioBitsPerSample]::Sixteen,"
                + " [System.Speech.AudioFormat.AudioChannel]::Mono);"
                + " $s.SetOutputToWaveFile($env:CARESHELF_WAV, $f);";
    String script =
        "Add-Type -AssemblyName System.Speech;"
            + " $s = New-Object System.Speech.Synthesis.SpeechSynthesizer;"
            + " $s.Rate = "
            + 3 * pace.step()
            + ";"
            + output
            + " $t = [System.Text.Encoding]::UTF8.GetString("
            + "[System.Convert]::FromBase64String($env:CARESHELF_WORDS));"
            + " $s.Speak($t); $s.Dispose()";
    return List.of(
        "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-Command", script);
  }

  @Override
  boolean wordsOnStandardInput() {
    return false;
  }
}
