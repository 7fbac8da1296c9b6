package org.careshelf.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.careshelf.library.Article;

/**
 * The library's editorial rules for each article: trusted sources, related articles, the questions
 * it answers, a care-team section in clinical topics, and a reading level patients can manage.
 */
final class QualityChecks {

  /** Sources from trusted publishers each article needs at least. */
  static final int MIN_TRUSTED_SOURCES = 2;

  /** The highest Flesch-Kincaid grade allowed, compared with the grade rounded to one decimal. */
  static final double MAX_GRADE = 9.0;

  /** The heading every article in a clinical topic needs, matched ignoring case. */
  static final String CARE_TEAM_SECTION = "When to call your care team";

  /** The fewest questions a patient would ask that each article answers, for search. */
  static final int MIN_QUESTIONS = 3;

  /** The most questions an article lists: a few real questions find it better than many. */
  static final int MAX_QUESTIONS = 8;

  /** Paragraphs shorter than this are too short for their own grade to mean much. */
  private static final int MIN_WORDS_TO_BLAME = 10;

  private QualityChecks() {}

  /** Adds a problem for each rule {@code parsed} breaks; {@code clinical} is its topic's flag. */
  static void check(ParsedArticle parsed, boolean clinical, List<Problem> problems) {
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
      checkCareTeamSection(parsed, document, problems);
    }
    checkReadability(parsed, document, problems);
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
    String words = new TextCollectingVisitor().collectAndGetText(heading).strip();
    words = words.replaceAll("[.:?!]+$", "").strip();
    return words.toLowerCase(Locale.ROOT).equals(CARE_TEAM_SECTION.toLowerCase(Locale.ROOT));
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
