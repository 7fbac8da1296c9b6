package org.careshelf.content;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.careshelf.library.Article;
import org.careshelf.library.Source;

/**
 * The library's editorial rules for each article: trusted sources on their publishers' own sites,
 * product pages citing the product's FDA page or label, related articles, the questions it answers,
 * a care-team section in clinical topics, no code blocks, and a reading level patients can manage.
 */
final class QualityChecks {

  /** Sources from trusted publishers each article needs at least. */
  static final int MIN_TRUSTED_SOURCES = 2;

  /** The highest Flesch-Kincaid grade allowed, compared with the grade rounded to one decimal. */
  static final double MAX_GRADE = 9.0;

  /** The heading every article in a clinical topic needs, matched ignoring case. */
  static final String CARE_TEAM_SECTION = Markdown.CARE_TEAM_SECTION;

  /** The topic with one page per CAR T product, each named (its id) after its product. */
  private static final String PRODUCT_TOPIC = "car-t-products";

  /** Who publishes a product's own pages: the FDA its product page, the NLM its label. */
  private static final String FDA = "U.S. Food and Drug Administration";

  private static final String LABELS = "National Library of Medicine";

  /** DailyMed, where the National Library of Medicine publishes each product's label. */
  private static final String LABEL_HOST = "dailymed.nlm.nih.gov";

  /** The fewest questions a patient would ask that each article answers, for search. */
  static final int MIN_QUESTIONS = 3;

  /** The most questions an article lists: a few real questions find it better than many. */
  static final int MAX_QUESTIONS = 8;

  /** Paragraphs shorter than this are too short for their own grade to mean much. */
  private static final int MIN_WORDS_TO_BLAME = 10;

  private QualityChecks() {}

  /**
   * Adds a problem, at the source's url line {@code urlLine}, when a source names a trusted
   * publisher but its address is not on that publisher's site. The parser calls this, as it reads
   * each source, because only it knows the lines of the sources' fields.
   */
  static void checkSource(
      String path, int urlLine, String publisher, String url, List<Problem> problems) {
    if (TrustedPublishers.canonical(publisher).isEmpty()
        || TrustedPublishers.isOwnSite(publisher, url)) {
      return;
    }
    String sites = orList(TrustedPublishers.hosts(publisher));
    problems.add(
        new Problem(
            path,
            urlLine,
            "the publisher '"
                + publisher
                + "' is trusted, but this address is not on its own site ("
                + sites
                + (TrustedPublishers.isOthersWork(url)
                    ? "; pages at ncbi.nlm.nih.gov are papers and books from other publishers"
                    : "")
                + "): name the publisher whose page it is, or cite the page on "
                + sites));
  }

  /** Adds a problem for each rule {@code parsed} breaks; {@code clinical} is its topic's flag. */
  static void check(ParsedArticle parsed, boolean clinical, List<Problem> problems) {
    check(parsed, clinical, problems, problems);
  }

  /**
   * As {@link #check(ParsedArticle, boolean, List)}, but the reading-grade and care-team-section
   * rules add to {@code warnings} instead: a lenient compile, for text imported from elsewhere (57%
   * of NCI patient pages read above grade 9), still refuses a page without sources or with a broken
   * structure, and lets the report name what an editor should still look at.
   */
  static void check(
      ParsedArticle parsed, boolean clinical, List<Problem> problems, List<Problem> warnings) {
    Article article = parsed.article();
    String path = parsed.path();
    ParsedArticle.Lines lines = parsed.lines();
    long trusted =
        article.sources().stream()
            .filter(s -> TrustedPublishers.canonical(s.publisher()).isPresent())
            .count();
    if (trusted < MIN_TRUSTED_SOURCES) {
      problems.add(
          new Problem(
              path,
              lines.sources(),
              "an article needs at least "
                  + MIN_TRUSTED_SOURCES
                  + " sources from trusted publishers, and this one has "
                  + trusted
                  + " (trusted: "
                  + String.join(", ", TrustedPublishers.names())
                  + ")"));
    }
    if (article.topicId().equals(PRODUCT_TOPIC) && !citesProductPage(article)) {
      problems.add(
          new Problem(
              path,
              lines.sources(),
              "a page about a CAR T product must cite the product's own FDA page or its label:"
                  + " a source from the "
                  + FDA
                  + " (fda.gov) or its label on DailyMed ("
                  + LABELS
                  + ", "
                  + LABEL_HOST
                  + ") whose title or address names '"
                  + article.id()
                  + "'"));
    }
    if (article.related().isEmpty()) {
      problems.add(
          new Problem(
              path,
              lines.related(),
              "an article needs at least one related article, as in related: [other-article-id]"));
    }
    checkQuestions(parsed, problems);
    Document document = parsed.document();
    if (clinical) {
      checkCareTeamSection(parsed, document, warnings);
    }
    checkNoCodeBlocks(parsed, document, problems);
    checkReadability(parsed, document, warnings);
  }

  /**
   * True when a source is the product's FDA page or its label on DailyMed. The product is named by
   * the page's id, as each product's page is ({@code kymriah}); a general FDA notice that names no
   * product is not the product's own page.
   */
  private static boolean citesProductPage(Article article) {
    String product = article.id().toLowerCase(Locale.ROOT);
    return article.sources().stream().anyMatch(s -> isOwnPageOf(s, product));
  }

  private static boolean isOwnPageOf(Source source, String product) {
    Optional<String> publisher = TrustedPublishers.canonical(source.publisher());
    boolean fdaPage = publisher.filter(FDA::equals).isPresent();
    boolean label =
        publisher.filter(LABELS::equals).isPresent()
            && TrustedPublishers.host(source.url()).filter(LABEL_HOST::equals).isPresent();
    return (fdaPage || label)
        && (source.title().toLowerCase(Locale.ROOT).contains(product)
            || source.url().toLowerCase(Locale.ROOT).contains(product));
  }

  /**
   * Refuses code blocks, fenced or indented: the reader shows their text, but the reading grade
   * does not count it, so prose put there would escape the grade.
   */
  private static void checkNoCodeBlocks(
      ParsedArticle parsed, Document document, List<Problem> problems) {
    for (Node node : document.getDescendants()) {
      if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
        problems.add(
            new Problem(
                parsed.path(),
                parsed.lines().bodyFirst() + node.getLineNumber(),
                "code blocks are not for patient text; write it as a paragraph or a list"
                    + (node instanceof IndentedCodeBlock
                        ? " (a line indented by four spaces or more starts a code block)"
                        : "")));
      }
    }
  }

  /** "a", "a or b", "a, b or c". */
  private static String orList(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " or "
        + items.get(items.size() - 1);
  }

  private static void checkQuestions(ParsedArticle parsed, List<Problem> problems) {
    List<String> questions = parsed.questions();
    List<Integer> lines = parsed.lines().questionLines();
    if (questions.size() < MIN_QUESTIONS) {
      problems.add(
          new Problem(
              parsed.path(),
              parsed.lines().questions(),
              "an article needs at least "
                  + MIN_QUESTIONS
                  + " questions a patient would ask that it answers, and this one has "
                  + questions.size()
                  + ", as in questions: [\"Can I drive after CAR T?\", ...]"));
    } else if (questions.size() > MAX_QUESTIONS) {
      problems.add(
          new Problem(
              parsed.path(),
              lines.get(MAX_QUESTIONS),
              "an article lists at most "
                  + MAX_QUESTIONS
                  + " questions, and this one has "
                  + questions.size()
                  + ": keep those patients ask most"));
    }
    for (int i = 0; i < questions.size(); i++) {
      if (!questions.get(i).endsWith("?")) {
        problems.add(
            new Problem(
                parsed.path(),
                lines.get(i),
                "a question ends with a question mark: " + questions.get(i)));
      }
    }
  }

  private static void checkCareTeamSection(
      ParsedArticle parsed, Document document, List<Problem> problems) {
    Optional<Heading> section = Optional.empty();
    for (Node node : document.getChildren()) {
      if (node instanceof Heading heading && isCareTeamHeading(heading)) {
        section = Optional.of(heading);
        break;
      }
    }
    if (section.isEmpty()) {
      problems.add(
          new Problem(
              parsed.path(),
              parsed.lines().topic(),
              "articles in topic '"
                  + parsed.article().topicId()
                  + "' need a short section '## "
                  + CARE_TEAM_SECTION
                  + "': the signs that mean calling the care team, and when to call emergency"
                  + " services"));
      return;
    }
    Heading heading = section.get();
    Node next = heading.getNext();
    boolean empty =
        next == null
            || (next instanceof Heading following && following.getLevel() <= heading.getLevel());
    if (empty) {
      problems.add(
          new Problem(
              parsed.path(),
              parsed.lines().bodyFirst() + heading.getLineNumber(),
              "the section '" + CARE_TEAM_SECTION + "' is empty"));
    }
  }

  private static boolean isCareTeamHeading(Heading heading) {
    return Markdown.isCareTeamHeading(heading);
  }

  private static void checkReadability(
      ParsedArticle parsed, Document document, List<Problem> problems) {
    Readability.Score score = Readability.of(document);
    if (score.roundedGrade() <= MAX_GRADE) {
      return;
    }
    Optional<Readability.Passage> hardest =
        Readability.passages(document).stream()
            .filter(p -> p.score().words() >= MIN_WORDS_TO_BLAME)
            .max(Comparator.comparingDouble(p -> p.score().grade()));
    String message =
        String.format(
            Locale.ROOT,
            "reading grade %.1f is above %.0f: use shorter sentences and everyday words"
                + " (%d words, %d sentences, %d syllables)",
            score.roundedGrade(),
            MAX_GRADE,
            score.words(),
            score.sentences(),
            score.syllables());
    int line = parsed.lines().bodyFirst();
    if (hardest.isPresent()) {
      line = parsed.lines().bodyFirst() + hardest.get().line() - 1;
      message +=
          String.format(
              Locale.ROOT,
              "; the hardest paragraph, here, reads at grade %.1f",
              hardest.get().score().roundedGrade());
    }
    problems.add(new Problem(parsed.path(), line, message));
  }
}
