package org.careshelf.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkedTextTest {

  static final String S = SearchIndex.MARK_START;
  static final String E = SearchIndex.MARK_END;

  @Test
  void readsMarksAndFoldsWhiteSpace() {
    MarkedText text = MarkedText.fromStore("A " + S + "fever" + E + " \t is  " + S + "common" + E);

    assertThat(text.text()).isEqualTo("A fever is common");
    assertThat(text.marks()).containsExactly(new Span(2, 7), new Span(11, 17));
    assertThat(text.render("<", ">")).isEqualTo("A <fever> is <common>");
  }

  @Test
  void keepsSeparateRunsApartUnlessASentenceEnds() {
    MarkedText cells = MarkedText.fromStore("tisagenlecleucel\n" + S + "Kymriah" + E + "\nCD19");
    MarkedText sentences = MarkedText.fromStore("A fever is common.\nCall us.");

    assertThat(cells.text()).isEqualTo("tisagenlecleucel \u00b7 Kymriah \u00b7 CD19");
    assertThat(cells.render("<", ">")).isEqualTo("tisagenlecleucel \u00b7 <Kymriah> \u00b7 CD19");
    assertThat(sentences.text()).isEqualTo("A fever is common. Call us.");
  }

  @Test
  void ignoresUnbalancedMarks() {
    assertThat(MarkedText.fromStore(E + "x" + S).marks()).isEmpty();
    assertThat(MarkedText.fromStore(null).text()).isEmpty();
  }
}
