package org.careshelf.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library's respellings of hard words, applied to the words to be spoken (never to the words
 * shown): {@code "CAR T" -> "car tee"} makes "CAR T-cell therapy" "car tee-cell therapy".
 *
 * <p>A word is replaced only where it stands whole (not inside a longer word). A written form in
 * capitals ("ALL", "CRS") is matched in capitals only, so the everyday word "all" is left alone;
 * any other is matched whatever its case. Longer written forms win over shorter ones they contain.
 */
public final class Pronunciation {

  /** No respellings: every word as the engine reads it. */
  public static final Pronunciation NONE = new Pronunciation(Map.of());

  private final Pattern pattern;
  private final Map<String, String> exact;
  private final Map<String, String> folded;

  /** {@code respellings} maps each written form to how it is to be said. */
  public Pronunciation(Map<String, String> respellings) {
    exact = new java.util.HashMap<>();
    folded = new java.util.HashMap<>();
    List<String> written = new ArrayList<>(respellings.keySet());
    written.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alternatives = new StringBuilder();
    for (String word : written) {
      String say = respellings.get(word);
      boolean capitals = word.equals(word.toUpperCase(Locale.ROOT));
      if (capitals) {
        exact.put(word, say);
      } else {
        folded.put(word.toLowerCase(Locale.ROOT), say);
      }
      if (alternatives.length() > 0) {
        alternatives.append('|');
      }
      String quoted = Pattern.quote(word);
      alternatives.append(capitals ? quoted : "(?i:" + quoted + ")");
    }
    pattern =
        written.isEmpty()
            ? null
            : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.UNICODE_CASE);
  }

  /** {@code text} with every hard word respelled. */
  public String apply(String text) {
    if (pattern == null) {
      return text;
    }
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String found = m.group();
      String say = exact.get(found);
      if (say == null) {
        say = folded.get(found.toLowerCase(Locale.ROOT));
      }
      // A capitals-only form found in other case falls through the exact map and is kept.
      m.appendReplacement(out, Matcher.quoteReplacement(say == null ? found : say));
    }
    m.appendTail(out);
    return out.toString();
  }
}
