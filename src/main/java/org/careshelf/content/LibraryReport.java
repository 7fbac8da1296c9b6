package org.careshelf.content;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.careshelf.library.Article;
import org.careshelf.library.GlossaryTerm;

/**
 * The figures editors check in a compiled library: each article's length, reading grade, glossary
 * links, sources and review date, then the totals, the gaps in the glossary's use and the articles
 * due for review.
 */
public final class LibraryReport {

  /** An article reviewed longer ago than this many months is due for another review. */
  public static final int REVIEW_MONTHS = 12;

  /** One article's figures; {@code glossaryTerms} counts the distinct terms its text links. */
  public record Row(
      String id, int words, double grade, int glossaryTerms, int sources, LocalDate reviewed) {}

  private final List<Row> rows;
  private final int glossaryCount;
  private final List<String> unusedTerms;
  private final List<String> articlesWithoutTerms;
  private final List<Row> staleArticles;

  private LibraryReport(
      List<Row> rows,
      int glossaryCount,
      List<String> unusedTerms,
      List<String> articlesWithoutTerms,
      List<Row> staleArticles) {
    this.rows = List.copyOf(rows);
    this.glossaryCount = glossaryCount;
    this.unusedTerms = List.copyOf(unusedTerms);
    this.articlesWithoutTerms = List.copyOf(articlesWithoutTerms);
    this.staleArticles = List.copyOf(staleArticles);
  }

  /**
   * The report on {@code articles} (bodies as stored, glossary links included) and {@code
   * glossary}, where {@code links} gives the terms each article links, by article id.
   */
  public static LibraryReport of(
      List<Article> articles, List<GlossaryTerm> glossary, Map<String, List<String>> links) {
    return of(articles, glossary, links, Clock.systemDefaultZone());
  }

  /** The report as of today by {@code clock}, which decides the articles due for review. */
  public static LibraryReport of(
      List<Article> articles,
      List<GlossaryTerm> glossary,
      Map<String, List<String>> links,
      Clock clock) {
    List<Row> rows = new ArrayList<>();
    Set<String> used = new HashSet<>();
    List<String> withoutTerms = new ArrayList<>();
    for (Article article : articles) {
      Readability.Score score = Readability.of(article.body());
      List<String> terms = links.getOrDefault(article.id(), List.of());
      used.addAll(terms);
      if (terms.isEmpty()) {
        withoutTerms.add(article.id());
      }
      rows.add(
          new Row(
              article.id(),
              score.words(),
              score.roundedGrade(),
              terms.size(),
              article.sources().size(),
              article.reviewed()));
    }
    rows.sort(Comparator.comparing(Row::id));
    withoutTerms.sort(null);
    List<String> unused =
        glossary.stream()
            .map(GlossaryTerm::term)
            .filter(term -> !used.contains(term))
            .sorted(String.CASE_INSENSITIVE_ORDER)
            .toList();
    LocalDate dueBefore = LocalDate.now(clock).minusMonths(REVIEW_MONTHS);
    List<Row> stale =
        rows.stream()
            .filter(r -> r.reviewed() != null && r.reviewed().isBefore(dueBefore))
            .sorted(Comparator.comparing(Row::reviewed).thenComparing(Row::id))
            .toList();
    return new LibraryReport(rows, glossary.size(), unused, withoutTerms, stale);
  }

  public List<Row> rows() {
    return rows;
  }

  public int glossaryCount() {
    return glossaryCount;
  }

  /** Glossary terms no article links to, alphabetically. */
  public List<String> unusedTerms() {
    return unusedTerms;
  }

  /** Ids of the articles whose text links no glossary term. */
  public List<String> articlesWithoutTerms() {
    return articlesWithoutTerms;
  }

  /**
   * The articles whose {@code reviewed} date is more than {@link #REVIEW_MONTHS} months before
   * today, the oldest first.
   */
  public List<Row> staleArticles() {
    return staleArticles;
  }

  /** The median of the articles' grades (the mean of the middle two for an even count). */
  public OptionalDouble medianGrade() {
    if (rows.isEmpty()) {
      return OptionalDouble.empty();
    }
    double[] grades = rows.stream().mapToDouble(Row::grade).sorted().toArray();
    int middle = grades.length / 2;
    return OptionalDouble.of(
        grades.length % 2 == 1 ? grades[middle] : (grades[middle - 1] + grades[middle]) / 2);
  }

  /** The article with the highest grade; the first by id on a tie. */
  public Optional<Row> hardest() {
    Comparator<Row> byGrade = Comparator.comparingDouble(Row::grade);
    return rows.stream().max(byGrade.thenComparing(Row::id, Comparator.reverseOrder()));
  }

  /** The report as text: the table, then one summary line each. */
  public String format() {
    int idWidth = Math.max(2, rows.stream().mapToInt(r -> r.id().length()).max().orElse(2));
    StringBuilder out = new StringBuilder();
    String columns = "%-" + idWidth + "s  %6s  %5s  %5s  %7s  %s%n";
    out.append(
        String.format(
            Locale.ROOT, columns, "id", "words", "grade", "terms", "sources", "reviewed"));
    for (Row row : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-" + idWidth + "s  %6d  %5.1f  %5d  %7d  %s%n",
              row.id(),
              row.words(),
              row.grade(),
              row.glossaryTerms(),
              row.sources(),
              row.reviewed()));
    }
    out.append(System.lineSeparator());
    out.append("Articles: ").append(rows.size()).append(System.lineSeparator());
    out.append("Glossary terms: ").append(glossaryCount).append(System.lineSeparator());
    out.append("Median grade: ")
        .append(
            medianGrade().isPresent()
                ? String.format(Locale.ROOT, "%.1f", medianGrade().getAsDouble())
                : "none")
        .append(System.lineSeparator());
    out.append("Maximum grade: ")
        .append(
            hardest()
                .map(r -> String.format(Locale.ROOT, "%.1f (%s)", r.grade(), r.id()))
                .orElse("none"))
        .append(System.lineSeparator());
    out.append(list("Glossary terms used by no article", unusedTerms));
    out.append(list("Articles that link no glossary term", articlesWithoutTerms));
    out.append(
        list(
            "Articles reviewed more than " + REVIEW_MONTHS + " months ago",
            staleArticles.stream().map(r -> r.id() + " (" + r.reviewed() + ")").toList()));
    return out.toString();
  }

  private static String list(String label, List<String> items) {
    return label
        + " ("
        + items.size()
        + "): "
        + (items.isEmpty() ? "none" : String.join(", ", items))
        + System.lineSeparator();
  }
}
