package org.careshelf.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** WCAG 2 contrast of every pair of theme colours that the reader sees together. */
class ThemeContrastTest {

  /** Text and the background it is drawn on, as base.css pairs them. */
  static final String[][] TEXT_PAIRS = {
    {"-cs-text", "-cs-page"},
    {"-cs-text", "-cs-panel"},
    {"-cs-text", "-cs-card"},
    {"-cs-muted", "-cs-page"},
    {"-cs-muted", "-cs-panel"},
    {"-cs-muted", "-cs-card"},
    {"-cs-accent", "-cs-page"},
    {"-cs-accent", "-cs-card"},
    {"-cs-on-accent", "-cs-accent"},
    {"-cs-on-banner", "-cs-banner"},
    {"-cs-on-banner", "-cs-page"}, // words a search found, marked in the article
    {"-cs-text", "-cs-spoken-fill"}, // the sentence being read aloud
    {"-cs-accent", "-cs-spoken-fill"}, // a glossary word in it
  };

  /** Outlines that must stand out from the page: focus rings and control borders (3:1). */
  static final String[][] OUTLINE_PAIRS = {
    {"-cs-focus", "-cs-page"},
    {"-cs-focus", "-cs-panel"},
    {"-cs-rule", "-cs-page"},
    {"-cs-spoken", "-cs-page"}, // the outline of the sentence being read aloud
    {"-cs-spoken", "-cs-spoken-fill"},
  };

  @ParameterizedTest
  @EnumSource(ThemeName.class)
  void textIsReadable(ThemeName theme) throws IOException {
    Map<String, String> colours = colours(theme);
    double required = theme == ThemeName.HIGH_CONTRAST ? 7.0 : 4.5;
    for (String[] pair : TEXT_PAIRS) {
      assertThat(ratio(colours.get(pair[0]), colours.get(pair[1])))
          .as("%s: %s on %s", theme, pair[0], pair[1])
          .isGreaterThanOrEqualTo(required);
    }
  }

  @ParameterizedTest
  @EnumSource(ThemeName.class)
  void outlinesStandOut(ThemeName theme) throws IOException {
    Map<String, String> colours = colours(theme);
    for (String[] pair : OUTLINE_PAIRS) {
      assertThat(ratio(colours.get(pair[0]), colours.get(pair[1])))
          .as("%s: %s on %s", theme, pair[0], pair[1])
          .isGreaterThanOrEqualTo(3.0);
    }
  }

  /**
   * The focus ring is the focus colour outside and the page colour inside: on every surface a
   * focused control can sit on or be filled with, one of the two rings stands out at least 3:1, and
   * the two rings differ from each other by 3:1.
   */
  @ParameterizedTest
  @EnumSource(ThemeName.class)
  void theFocusRingStandsOutOnEverySurface(ThemeName theme) throws IOException {
    Map<String, String> colours = colours(theme);
    String focus = colours.get("-cs-focus");
    String inner = colours.get("-cs-page");
    assertThat(ratio(focus, inner)).as("%s: the two rings", theme).isGreaterThanOrEqualTo(3.0);
    for (String surface : new String[] {"-cs-page", "-cs-panel", "-cs-card", "-cs-accent"}) {
      String colour = colours.get(surface);
      assertThat(Math.max(ratio(focus, colour), ratio(inner, colour)))
          .as("%s: focus ring on %s", theme, surface)
          .isGreaterThanOrEqualTo(3.0);
    }
  }

  @Test
  void everyFocusRuleDrawsTheTwoColourRing() throws IOException {
    String css;
    try (InputStream in = ThemeContrastTest.class.getResourceAsStream("base.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
    }
    Matcher rule = Pattern.compile("([^{}]*:focused[^{}]*)\\{([^}]*)\\}").matcher(css);
    int rings = 0;
    while (rule.find()) {
      String body = rule.group(2);
      if (body.contains("-fx-border-color")) {
        rings++;
        assertThat(body)
            .as(rule.group(1).strip())
            .contains("-fx-border-color: -cs-focus, -cs-page;");
      }
    }
    assertThat(rings).isGreaterThanOrEqualTo(4);
  }

  @Test
  void theFormulaMatchesKnownValues() {
    assertThat(ratio("#000000", "#ffffff"))
        .isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(ratio("#777777", "#ffffff"))
        .isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
    assertThat(ratio("#ffffff", "#ffffff")).isEqualTo(1.0);
  }

  static Map<String, String> colours(ThemeName theme) throws IOException {
    try (InputStream in = ThemeContrastTest.class.getResourceAsStream(theme.stylesheet())) {
      String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> colours = new HashMap<>();
      Matcher m = Pattern.compile("(-cs-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;").matcher(css);
      while (m.find()) {
        colours.put(m.group(1), m.group(2));
      }
      for (String[] pair : TEXT_PAIRS) {
        assertThat(colours).as(theme + " defines its colours").containsKeys(pair);
      }
      return colours;
    }
  }

  /** The WCAG 2 contrast ratio of two sRGB colours written as #rrggbb. */
  static double ratio(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  private static double channel(int value) {
    double c = (value & 0xff) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
