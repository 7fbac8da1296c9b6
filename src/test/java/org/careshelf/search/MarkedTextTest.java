package org.careshelf.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkedTextTest {

  static final String S = SearchIndex.MARK_START;
  static final String E = SearchIndex.MARK_END;

  @Test
  void readsMarksAndFoldsWhiteSpace() {
    MarkedText text = MarkedText.fromStore("A " + S + "fever" + E + "\n\nis  " + S + "common" + E);

    assertThat(text.text()).isEqualTo("A fever is common");
    assertThat(text.marks()).containsExactly(new Span(2, 7), new Span(11, 17));
    assertThat(text.render("<", ">")).isEqualTo("A <fever> is <common>");
  }

  @Test
  void ignoresUnbalancedMarks() {
    assertThat(MarkedText.fromStore(E + "x" + S).marks()).isEmpty();
    assertThat(MarkedText.fromStore(null).text()).isEmpty();
  }
}
