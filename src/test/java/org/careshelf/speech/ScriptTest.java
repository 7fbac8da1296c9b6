package org.careshelf.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.careshelf.content.Passage;
import org.careshelf.content.Passages;
import org.junit.jupiter.api.Test;

class ScriptTest {

  static final String BODY =
      """
      Most people stay near the [treatment center](glossary:Treatment%20center). Ask Dr. Lee.

      ## When to call

      - A fever of 100.4 °F or higher
      - Confusion

      | Feature | CAR T |
      |---|---|
      | Waiting time | Weeks to make the cells |

      Read [the FDA page](https://www.fda.gov/) too.
      """;

  final List<Passage> passages = Passages.of("After CAR T", "What happens next.", BODY);
  final Script script = Script.of(passages, new Pronunciation(Map.of("CAR T", "car tee")));

  List<String> spoken() {
    return script.lines().stream().map(Script.Line::spoken).toList();
  }

  @Test
  void readsTitleSummaryParagraphsHeadingsAndListItemsInOrder() {
    assertThat(spoken())
        .containsExactly(
            "After car tee",
            "What happens next.",
            "Most people stay near the treatment center.",
            "Ask Dr. Lee.",
            "When to call",
            "A fever of 100.4 °F or higher",
            "Confusion",
            "Feature: Waiting time",
            "car tee: Weeks to make the cells",
            "Read the FDA page too.");
  }

  @Test
  void headingsPauseLongerThanSentences() {
    List<Script.Line> lines = script.lines();
    assertThat(lines.get(0).pauseMillis()).isEqualTo(Script.HEADING_PAUSE_MILLIS);
    assertThat(lines.get(2).pauseMillis()).isEqualTo(Script.SENTENCE_PAUSE_MILLIS);
    assertThat(lines.get(3).pauseMillis()).isEqualTo(Script.BLOCK_PAUSE_MILLIS);
    assertThat(lines.get(4).pauseMillis()).isEqualTo(Script.HEADING_PAUSE_MILLIS);
    assertThat(lines.get(5).pauseMillis()).isEqualTo(Script.BLOCK_PAUSE_MILLIS);
    assertThat(lines.get(6).pauseMillis()).isEqualTo(Script.GROUP_PAUSE_MILLIS);
    assertThat(lines.get(7).pauseMillis()).isEqualTo(Script.BLOCK_PAUSE_MILLIS);
    assertThat(lines.get(8).pauseMillis()).isEqualTo(Script.GROUP_PAUSE_MILLIS);
  }

  @Test
  void eachLineFindsItsShownWords() {
    for (Script.Line line : script.lines()) {
      String shown = passages.get(line.passage()).text().substring(line.start(), line.end());
      assertThat(shown).isNotBlank();
    }
    Script.Line last = script.lines().get(script.lines().size() - 1);
    // The address is shown, and so inside the line's shown words, but never said.
    assertThat(passages.get(last.passage()).text().substring(last.start(), last.end()))
        .isEqualTo("Read the FDA page (https://www.fda.gov/) too.");
    Script.Line title = script.lines().get(0);
    assertThat(passages.get(title.passage()).text().substring(title.start(), title.end()))
        .isEqualTo("After CAR T");
  }

  @Test
  void theHeaderRowIsShownButNotRead() {
    assertThat(passages.stream().map(Passage::kind))
        .contains(Passage.Kind.TABLE_HEADER, Passage.Kind.TABLE_CELL);
    int header = 0;
    while (passages.get(header).kind() != Passage.Kind.TABLE_HEADER) {
      header++;
    }
    int headerPassage = header;
    assertThat(script.lines()).noneMatch(l -> l.passage() == headerPassage);
  }

  @Test
  void findsTheFirstLineFromAPassage() {
    assertThat(script.firstLineFrom(0)).isZero();
    assertThat(script.firstLineFrom(3)).isEqualTo(4);
    assertThat(script.firstLineFrom(passages.size())).isEqualTo(-1);
  }
}
