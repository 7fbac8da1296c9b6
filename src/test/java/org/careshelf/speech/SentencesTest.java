package org.careshelf.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  static List<String> split(String text) {
    return Sentences.of(text).stream().map(s -> s.in(text)).toList();
  }

  @Test
  void splitsAtFullStopsQuestionAndExclamationMarks() {
    assertThat(split("You may feel tired. Is that normal? Yes! Rest often."))
        .containsExactly("You may feel tired.", "Is that normal?", "Yes!", "Rest often.");
  }

  @Test
  void keepsTitlesAndLatinAbbreviationsInTheirSentence() {
    assertThat(split("Ask Dr. Lee about it. Some drugs, e.g. steroids, help. Rest, i.e. sleep."))
        .containsExactly(
            "Ask Dr. Lee about it.", "Some drugs, e.g. steroids, help.", "Rest, i.e. sleep.");
  }

  @Test
  void keepsNumbersWithADecimalPointWhole() {
    assertThat(split("Call if your temperature is 100.4 °F (38 °C) or higher. Do not wait."))
        .containsExactly("Call if your temperature is 100.4 °F (38 °C) or higher.", "Do not wait.");
  }

  @Test
  void aLowercaseWordAfterAStopGoesOn() {
    assertThat(split("Fever, chills etc. are common. Then rest."))
        .containsExactly("Fever, chills etc. are common.", "Then rest.");
  }

  @Test
  void aUnitOrALetterBeforeAStopEndsTheSentence() {
    assertThat(split("Call at 100.4 °F. Do not wait. You had hepatitis B. Tell us."))
        .containsExactly("Call at 100.4 °F.", "Do not wait.", "You had hepatitis B.", "Tell us.");
  }

  @Test
  void closingQuotesAndBracketsStayWithTheirSentence() {
    assertThat(split("They call it \"brain fog.\" It passes. (It often does.) Good."))
        .containsExactly("They call it \"brain fog.\"", "It passes.", "(It often does.)", "Good.");
  }

  @Test
  void aLineBreakEndsASentenceAndSpacesAreLeftOut() {
    assertThat(split("  First line\nSecond line  ")).containsExactly("First line", "Second line");
    assertThat(Sentences.of("   ")).isEmpty();
    assertThat(Sentences.of("")).isEmpty();
  }

  @Test
  void aHeadingOrAListItemWithoutAStopIsOneSentence() {
    assertThat(split("When to call for help")).containsExactly("When to call for help");
    assertThat(split("Fever or chills")).containsExactly("Fever or chills");
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "One. Two.";
    assertThat(Sentences.of(text))
        .containsExactly(new Sentences.Span(0, 4), new Sentences.Span(5, 9));
  }
}
