package org.careshelf.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.careshelf.ui.shell.Shortcut;
import org.careshelf.ui.theme.ThemeName;
import org.junit.jupiter.api.Test;

/** Every message the code asks for is in the bundle, so no reader ever sees a missing key. */
class MessagesTest {

  final ResourceBundle bundle =
      ResourceBundle.getBundle("org.careshelf.ui.messages", Locale.ENGLISH);

  @Test
  void everyKeyUsedInTheSourcesExists() throws IOException {
    Set<String> used = new TreeSet<>();
    Pattern call = Pattern.compile("messages\\.get\\(\\s*\"([a-zA-Z.]+)\"");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = call.matcher(Files.readString(file));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(40);
    assertThat(used).allMatch(bundle::containsKey, "is in messages.properties");
  }

  @Test
  void everyShortcutAndThemeHasWords() {
    for (Shortcut shortcut : Shortcut.values()) {
      assertThat(bundle.containsKey(shortcut.messageKey())).as(shortcut.name()).isTrue();
    }
    for (ThemeName theme : ThemeName.values()) {
      assertThat(bundle.containsKey(theme.messageKey())).as(theme.name()).isTrue();
    }
  }

  @Test
  void fillsInArguments() {
    Messages messages = Messages.forLocale(Locale.ENGLISH);
    assertThat(messages.get("article.reviewed", "1 May 2026"))
        .isEqualTo("Last reviewed 1 May 2026");
  }
}
