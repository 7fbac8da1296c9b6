package org.careshelf.content;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The publishers whose pages count as authoritative sources, with the names articles may give them;
 * the one place to change when the editors trust another publisher.
 */
public final class TrustedPublishers {

  /** Each trusted publisher's usual name, then the other names accepted for it. */
  private static final Map<String, List<String>> NAMES =
      Map.of(
          "U.S. Food and Drug Administration",
          List.of("Food and Drug Administration", "US Food and Drug Administration", "FDA"),
          "National Cancer Institute",
          List.of("NCI", "National Cancer Institute (NCI)"),
          "MedlinePlus",
          List.of(
              "NIH",
              "National Institutes of Health",
              "National Library of Medicine",
              "MedlinePlus (National Library of Medicine)",
              "MedlinePlus (NIH)"),
          "Cancer.Net",
          List.of("ASCO", "American Society of Clinical Oncology", "Cancer.Net (ASCO)"),
          "American Cancer Society",
          List.of("ACS"),
          "Blood Cancer United",
          // Its name until August 2025; still accepted so that older citations keep counting.
          List.of("Leukemia & Lymphoma Society", "LLS"),
          "NHS",
          List.of("National Health Service", "NHS England", "NHS inform"),
          "European Medicines Agency",
          List.of("EMA"));

  private TrustedPublishers() {}

  /** The usual name of the trusted publisher called {@code name}, or empty when not trusted. */
  public static Optional<String> canonical(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = normalise(name);
    for (Map.Entry<String, List<String>> publisher : NAMES.entrySet()) {
      if (normalise(publisher.getKey()).equals(wanted)
          || publisher.getValue().stream().anyMatch(n -> normalise(n).equals(wanted))) {
        return Optional.of(publisher.getKey());
      }
    }
    return Optional.empty();
  }

  /** The usual names, for messages to authors. */
  public static List<String> names() {
    return NAMES.keySet().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
  }

  /** Case, "&" against "and", a leading "The" and spacing do not matter. */
  private static String normalise(String name) {
    String text =
        name.strip().toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("\\s+", " ");
    return text.startsWith("the ") ? text.substring(4) : text;
  }
}
