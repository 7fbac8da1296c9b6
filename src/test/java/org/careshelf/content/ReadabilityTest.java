package org.careshelf.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadabilityTest {

  @ParameterizedTest(name = "{0} has {1}")
  @CsvSource({
    "cat, 1",
    "the, 1", // the only vowel group is a silent final e; every word has at least one
    "care, 1", // silent final e
    "whole, 1", // -le after a vowel is still a silent e
    "table, 2", // consonant + le is said
    "people, 2",
    "little, 2",
    "free, 1", // ee is one group, and not a lone final e
    "three, 1",
    "fever, 2",
    "therapy, 3", // y is a vowel
    "cytokine, 3",
    "syndrome, 2",
    "release, 2",
    "Administration, 5",
    "don't, 1",
    "T, 1", // a single letter
    "W, 3", // double-u
    "CRS, 3", // no vowel: letter by letter
    "FDA, 3", // cannot be said as a word
    "WBC, 5",
    "CAR, 1", // consonant, vowel, consonant: said as a word
    "ICANS, 2", // four letters or more, a vowel, never three consonants in a row
    "BCMA, 4", // BCM: three consonants in a row, so letter by letter
    "CD19, 4", // C, D, then one per digit
    "T-cell, 2", // hyphenated parts are added up
    "follow-up, 3",
    "911, 3", // one per digit
    "2.5, 2",
    "U.S, 2"
  })
  void countsSyllablesByTheDocumentedRules(String word, int syllables) {
    assertThat(Readability.syllables(word)).isEqualTo(syllables);
  }

  @Test
  void gradesAShortSentence() {
    // The(1) cat(1) sat(1) on(1) the(1) mat(1): 6 words, 1 sentence, 6 syllables.
    // 0.39 × 6/1 + 11.8 × 6/6 − 15.59 = 2.34 + 11.8 − 15.59 = −1.45
    Readability.Score score = Readability.of("The cat sat on the mat.");

    assertThat(score).isEqualTo(new Readability.Score(6, 1, 6));
    assertThat(score.grade()).isCloseTo(-1.45, within(1e-9));
  }

  @Test
  void gradesTwoSentencesOfPatientText() {
    // Cytokine(3) release(2) syndrome(2) is(1) a(1) common(2) side(1) effect(2): 8 words, 14.
    // It(1) often(2) starts(1) with(1) a(1) fever(2): 6 words, 8.
    // 14 words, 2 sentences, 22 syllables:
    // 0.39 × 14/2 + 11.8 × 22/14 − 15.59 = 2.73 + 18.542857… − 15.59 = 5.682857…
    Readability.Score score =
        Readability.of(
            "Cytokine release syndrome is a common side effect. It often starts with a fever.");

    assertThat(score).isEqualTo(new Readability.Score(14, 2, 22));
    assertThat(score.grade()).isCloseTo(5.682857, within(1e-6));
    assertThat(score.roundedGrade()).isEqualTo(5.7);
  }

  @Test
  void countsParagraphsListItemsAndQuotesButNotHeadingsOrTables() {
    String body =
        """
        ## Why it happens and what the doctors consider

        Your care team checks you every day. Call 911 if you faint!

        | Sign | What to do |
        |---|---|
        | Fever | Call the team |

        - chills or shaking
        - a fast heartbeat

        > Take it one day at a time.
        """;
    // Your(1) care(1) team(1) checks(1) you(1) every(3) day(1): 7 words, 9 syllables.
    // Call(1) 911(3) if(1) you(1) faint(1)!: 5 words, 7 syllables.
    // chills(1) or(1) shaking(2): a list item is a sentence; 3 words, 4 syllables.
    // a(1) fast(1) heartbeat(2): 3 words, 4 syllables.
    // Take(1) it(1) one(1) day(1) at(1) a(1) time(1): 7 words, 7 syllables.
    // 25 words, 5 sentences, 31 syllables: 0.39 × 5 + 11.8 × 1.24 − 15.59 = 0.992
    Readability.Score score = Readability.of(body);

    assertThat(score).isEqualTo(new Readability.Score(25, 5, 31));
    assertThat(score.grade()).isCloseTo(0.992, within(1e-9));
  }

  @Test
  void periodsAfterAbbreviationsDoNotEndSentences() {
    // The(1) U.S.(2) Food(1) and(1) Drug(1) Administration(5) (FDA)(3) approved(3) it.(1)
    // Ask(1) e.g.(2) your(1) nurse.(1)
    // 13 words, 2 sentences, 23 syllables:
    // 0.39 × 13/2 + 11.8 × 23/13 − 15.59 = 2.535 + 20.876923… − 15.59 = 7.821923…
    Readability.Score score =
        Readability.ofText(
            "The U.S. Food and Drug Administration (FDA) approved it. Ask e.g. your nurse.");

    assertThat(score).isEqualTo(new Readability.Score(13, 2, 23));
    assertThat(score.grade()).isCloseTo(7.821923, within(1e-6));
  }

  @Test
  void questionAndExclamationMarksEndSentencesAndAParagraphEndsOne() {
    assertThat(Readability.ofText("Is it safe? Yes! Ask your team").sentences()).isEqualTo(3);
    assertThat(Readability.ofText("\"Call us.\" Then rest.").sentences()).isEqualTo(2);
  }

  @Test
  void aPercentSignIsReadAsPercent() {
    // 50%(2 + 2) of(1) people(2)
    assertThat(Readability.ofText("50% of people.")).isEqualTo(new Readability.Score(3, 1, 7));
  }

  @Test
  void slashesAndDashesSeparateWordsButHyphensJoinThem() {
    assertThat(Readability.ofText("and/or long-term care\u2014today").words()).isEqualTo(5);
  }

  @Test
  void linksCountAsTheirWords() {
    Readability.Score linked = Readability.of("Read [the fever guide](fever) now.");
    Readability.Score plain = Readability.of("Read the fever guide now.");

    assertThat(linked).isEqualTo(plain);
  }

  @Test
  void aBodyWithoutTextHasGradeZero() {
    Readability.Score score = Readability.of("## Only a heading\n\n| a | b |\n|---|---|\n");

    assertThat(score.words()).isZero();
    assertThat(score.grade()).isZero();
  }

  @Test
  void passagesKnowTheirLine() {
    var passages =
        Readability.passages(Markdown.parse("First words here.\n\n## Heading\n\nSecond one."));

    assertThat(passages).extracting(Readability.Passage::line).containsExactly(1, 5);
  }
}
