package org.careshelf.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every style class in {@link Styles} has a rule in one of the theme's style sheets. */
class StylesTest {

  static final List<String> SHEETS =
      List.of("base.css", "light.css", "dark.css", "high-contrast.css");

  @Test
  void everyStyleClassHasARule() throws IOException, IllegalAccessException {
    Set<String> selectors = new HashSet<>();
    Matcher classes = Pattern.compile("\\.([a-zA-Z][\\w-]*)").matcher("");
    for (String sheet : SHEETS) {
      try (InputStream in = Styles.class.getResourceAsStream("theme/" + sheet)) {
        assertThat(in).as(sheet).isNotNull();
        String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        classes.reset(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (classes.find()) {
          selectors.add(classes.group(1));
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (Field field : Styles.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        names.add((String) field.get(null));
      }
    }

    assertThat(names).hasSizeGreaterThan(50);
    assertThat(selectors).containsAll(names);
  }

  @Test
  void headingsRunFromOneToFour() {
    assertThat(Styles.heading(0)).isEqualTo(Styles.H1);
    assertThat(Styles.heading(3)).isEqualTo(Styles.H3);
    assertThat(Styles.heading(9)).isEqualTo(Styles.H4);
  }
}
