package org.careshelf.speech;

import java.util.ArrayList;
import java.util.List;
import org.careshelf.content.Passage;

/**
 * What read aloud says of an article, line by line: each sentence of each passage with where it is
 * shown, the words to speak and the silence after it.
 *
 * <p>Headings are followed by a longer pause, list items one by one, and a table row by row, each
 * cell with its column's header before it ("Waiting time: Ready to use."); the header row itself is
 * not read, since every cell says its header. Web addresses are left out and hard words respelled.
 */
public record Script(List<Line> lines) {

  /** After a heading or the title. */
  public static final int HEADING_PAUSE_MILLIS = 700;

  /** After a paragraph, a list item or a table cell. */
  public static final int BLOCK_PAUSE_MILLIS = 300;

  /** After the last item of a list or the last cell of a table row. */
  public static final int GROUP_PAUSE_MILLIS = 550;

  /** Between two sentences of one block. */
  public static final int SENTENCE_PAUSE_MILLIS = 100;

  /**
   * One sentence: shown in passage number {@code passage} from {@code start} to {@code end}, said
   * as {@code spoken}, followed by {@code pauseMillis} of silence.
   */
  public record Line(int passage, int start, int end, String spoken, int pauseMillis) {}

  public Script {
    lines = List.copyOf(lines);
  }

  /** The script of {@code passages}, hard words respelled by {@code pronunciation}. */
  public static Script of(List<Passage> passages, Pronunciation pronunciation) {
    List<Line> lines = new ArrayList<>();
    for (int p = 0; p < passages.size(); p++) {
      Passage passage = passages.get(p);
      if (passage.kind() == Passage.Kind.TABLE_HEADER) {
        continue;
      }
      List<Sentences.Span> sentences = Sentences.of(passage.text());
      for (int s = 0; s < sentences.size(); s++) {
        Sentences.Span span = sentences.get(s);
        String words = spoken(passage, span).strip();
        if (words.isEmpty()) {
          continue;
        }
        if (s == 0 && passage.kind() == Passage.Kind.TABLE_CELL && !passage.header().isBlank()) {
          words = passage.header().strip() + ": " + words;
        }
        boolean last = s == sentences.size() - 1;
        lines.add(
            new Line(
                p,
                span.start(),
                span.end(),
                pronunciation.apply(words),
                last ? pauseAfter(passage) : SENTENCE_PAUSE_MILLIS));
      }
    }
    return new Script(lines);
  }

  private static int pauseAfter(Passage passage) {
    return switch (passage.kind()) {
      case TITLE, HEADING -> HEADING_PAUSE_MILLIS;
      default -> passage.endsGroup() ? GROUP_PAUSE_MILLIS : BLOCK_PAUSE_MILLIS;
    };
  }

  /** The sentence's words without the stretches the passage shows but does not say. */
  private static String spoken(Passage passage, Sentences.Span span) {
    StringBuilder words = new StringBuilder();
    int at = span.start();
    for (Passage.Range quiet : passage.quiet()) {
      if (quiet.end() <= at || quiet.start() >= span.end()) {
        continue;
      }
      words.append(passage.text(), at, Math.max(at, quiet.start()));
      at = Math.min(span.end(), quiet.end());
    }
    if (at < span.end()) {
      words.append(passage.text(), at, span.end());
    }
    return words.toString();
  }

  /** The first line shown in passage {@code passage} or after it, or -1 when there is none. */
  public int firstLineFrom(int passage) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).passage() >= passage) {
        return i;
      }
    }
    return -1;
  }

  /** Every word the script says, one line each: what a file or a log of the script holds. */
  public String text() {
    StringBuilder text = new StringBuilder();
    lines.forEach(line -> text.append(line.spoken()).append('\n'));
    return text.toString();
  }
}
