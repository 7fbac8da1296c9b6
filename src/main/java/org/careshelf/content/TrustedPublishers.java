package org.careshelf.content;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The publishers whose pages count as authoritative sources, with the names articles may give them
 * and the sites they publish on; the one place to change when the editors trust another publisher.
 */
public final class TrustedPublishers {

  /**
   * A trusted publisher: its usual name, the other names accepted for it, and the hosts of its own
   * sites, each of which also covers its subdomains ({@code fda.gov} covers {@code
   * accessdata.fda.gov}).
   */
  private record Publisher(String name, List<String> otherNames, List<String> hosts) {}

  private static final List<Publisher> PUBLISHERS =
      List.of(
          new Publisher(
              "U.S. Food and Drug Administration",
              List.of("Food and Drug Administration", "US Food and Drug Administration", "FDA"),
              List.of("fda.gov")),
          new Publisher(
              "National Cancer Institute",
              List.of("NCI", "National Cancer Institute (NCI)"),
              List.of("cancer.gov")),
          new Publisher(
              "National Library of Medicine",
              List.of(
                  "NLM",
                  "MedlinePlus",
                  "MedlinePlus (National Library of Medicine)",
                  "MedlinePlus (NIH)",
                  "DailyMed"),
              List.of("nlm.nih.gov", "medlineplus.gov")),
          new Publisher(
              "National Institutes of Health",
              List.of("NIH"),
              // The NIH publishes through its institutes' sites too.
              List.of("nih.gov", "cancer.gov", "medlineplus.gov")),
          new Publisher(
              "National Heart, Lung, and Blood Institute",
              List.of("NHLBI"),
              List.of("nhlbi.nih.gov")),
          new Publisher(
              "National Institute of Allergy and Infectious Diseases",
              List.of("NIAID"),
              List.of("niaid.nih.gov")),
          new Publisher(
              "National Institute of Mental Health", List.of("NIMH"), List.of("nimh.nih.gov")),
          new Publisher(
              "National Institute of Neurological Disorders and Stroke",
              List.of("NINDS"),
              List.of("ninds.nih.gov")),
          new Publisher(
              "Centers for Disease Control and Prevention",
              List.of("CDC", "U.S. Centers for Disease Control and Prevention"),
              List.of("cdc.gov")),
          new Publisher(
              "Cancer.Net",
              List.of("ASCO", "American Society of Clinical Oncology", "Cancer.Net (ASCO)"),
              List.of("cancer.net", "asco.org")),
          new Publisher("American Cancer Society", List.of("ACS"), List.of("cancer.org")),
          new Publisher(
              "Blood Cancer United",
              // Its name until August 2025; still accepted so that older citations keep counting.
              List.of("Leukemia & Lymphoma Society", "LLS"),
              List.of("bloodcancerunited.org", "lls.org")),
          new Publisher(
              "NHS",
              List.of("National Health Service", "NHS England", "NHS inform"),
              List.of("nhs.uk", "nhsinform.scot")),
          new Publisher("European Medicines Agency", List.of("EMA"), List.of("ema.europa.eu")));

  /**
   * Hosts on a trusted publisher's domain that serve other people's work: PubMed, PubMed Central
   * and the NCBI Bookshelf hold papers and books from journals and other publishers, so a page
   * there is cited under its journal's name, not the library's.
   */
  private static final List<String> OTHERS_WORK = List.of("ncbi.nlm.nih.gov");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * Each publisher under each of its names, normalised: the compiler asks once per source, and
   * normalising every name for every question was a tenth of its time. The first publisher to claim
   * a name keeps it, as the list's order says.
   */
  private static final Map<String, Publisher> BY_NAME = new HashMap<>();

  static {
    for (Publisher p : PUBLISHERS) {
      BY_NAME.putIfAbsent(normalise(p.name()), p);
      for (String other : p.otherNames()) {
        BY_NAME.putIfAbsent(normalise(other), p);
      }
    }
  }

  private TrustedPublishers() {}

  /** The usual name of the trusted publisher called {@code name}, or empty when not trusted. */
  public static Optional<String> canonical(String name) {
    return publisher(name).map(Publisher::name);
  }

  /** The usual names, for messages to authors. */
  public static List<String> names() {
    return PUBLISHERS.stream().map(Publisher::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
  }

  /** The hosts of the sites of the trusted publisher called {@code name}; empty when untrusted. */
  static List<String> hosts(String name) {
    return publisher(name).map(Publisher::hosts).orElse(List.of());
  }

  /**
   * True when {@code url} is on a site of the trusted publisher called {@code name}, so that a page
   * from elsewhere cannot borrow a trusted name; false for an untrusted publisher.
   */
  static boolean isOwnSite(String name, String url) {
    Optional<Publisher> publisher = publisher(name);
    Optional<String> host = host(url);
    if (publisher.isEmpty() || host.isEmpty() || isOthersWork(url)) {
      return false;
    }
    return publisher.get().hosts().stream().anyMatch(h -> isOnHost(host.get(), h));
  }

  /** True when {@code url} is on a host that serves other publishers' papers and books. */
  static boolean isOthersWork(String url) {
    return host(url).filter(h -> OTHERS_WORK.stream().anyMatch(o -> isOnHost(h, o))).isPresent();
  }

  /**
   * The host of a web address, lowercase and without a port, or empty when it has none. Whatever
   * comes before an {@code @} is a user name, not the host: {@code cancer.gov@x.org} is on x.org.
   */
  static Optional<String> host(String url) {
    if (url == null) {
      return Optional.empty();
    }
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return Optional.empty();
    }
    String rest = url.substring(scheme + 3);
    int end = 0;
    while (end < rest.length() && "/?#\\".indexOf(rest.charAt(end)) < 0) {
      end++;
    }
    String authority = rest.substring(0, end);
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    int port = authority.lastIndexOf(':');
    if (port >= 0) {
      authority = authority.substring(0, port);
    }
    String host = authority.strip().toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    return host.isEmpty() ? Optional.empty() : Optional.of(host);
  }

  private static boolean isOnHost(String host, String site) {
    return host.equals(site) || host.endsWith("." + site);
  }

  private static Optional<Publisher> publisher(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(normalise(name)));
  }

  /** Case, commas, "&" against "and", a leading "The" and spacing do not matter. */
  private static String normalise(String name) {
    String text =
        name.strip()
            .toLowerCase(Locale.ROOT)
            .replace("&", " and ")
            .replace(",", " ")
            .transform(t -> SPACES.matcher(t).replaceAll(" "))
            .strip();
    return text.startsWith("the ") ? text.substring(4) : text;
  }
}
