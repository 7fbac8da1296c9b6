package org.careshelf.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Random input of every kind through the engine, with and without corrections: never an exception,
 * never a failed search. Seeded, so a failure can be replayed.
 */
class SearchFuzzTest {

  static final long SEED = 20261128L;
  static final int INPUTS = 10_000;

  static final String[] PIECES = {
    "\"",
    "\"\"",
    "'",
    "(",
    ")",
    "((",
    "))",
    "[",
    "]",
    "{",
    "}",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR(",
    "near/3",
    "and",
    "or",
    "not",
    "*",
    "**",
    "^",
    ":",
    "title:",
    "{title}:",
    "-",
    "+",
    "\\",
    "/",
    ";",
    ",",
    ".",
    "?",
    "!",
    "%",
    "_",
    "$",
    "#",
    "@",
    "&",
    "|",
    "~",
    "`",
    "\u0000",
    "\u0002",
    "\u0003",
    "\t",
    "\n",
    "\r\n",
    " ",
    "  ",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "\uD83D\uDE00",
    "\uD83E\uDDEC",
    "\uD83D\uDC69\u200D\u2695\uFE0F",
    "\uD800",
    "\uDFFF",
    "é",
    "ß",
    "İ",
    "ǅ",
    "\u0301",
    "Ω",
    "中文",
    "العربية",
    "עברית",
    "🩸",
    "car",
    "t",
    "CAR-T",
    "leukemia",
    "lukemia",
    "CRS",
    "chemo",
    "fever",
    "all",
    "ALL",
    "cell",
    "brain fog",
    "cost",
    "1",
    "0",
    "-1",
    "1e9",
    "'; DROP TABLE article; --",
    "\" OR 1=1 --",
    "UNION SELECT",
    "x' OR 'x'='x",
    "%' --",
    "article_fts",
    "rank",
    "bm25(",
    "highlight(",
    "MATCH",
    "rowid",
    "NULL",
    "*/",
    "/*",
  };

  static final BundledLibrary.Engine library = new BundledLibrary.Engine();
  static final SearchEngine engine = library.engine;

  @AfterAll
  static void close() {
    library.close();
  }

  @Test
  void anyInputIsSafe() {
    Random random = new Random(SEED);
    for (int i = 0; i < INPUTS; i++) {
      String input = input(random, i);
      SearchResults results =
          random.nextInt(4) == 0 ? engine.searchAsTyped(input, 3) : engine.search(input, 3);
      assertThat(results.problem()).as("input %d: %s", i, printable(input)).isNull();
      assertThat(results.query()).isEqualTo(input);
      for (SearchHit hit : results.hits()) {
        for (Span mark : hit.snippet().marks()) {
          assertThat(mark.end()).isLessThanOrEqualTo(hit.snippet().text().length());
        }
      }
    }
  }

  @Test
  void aLongPasteIsSafe() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 5; i++) {
      StringBuilder paste = new StringBuilder();
      while (paste.length() < 10_000) {
        paste.append(PIECES[random.nextInt(PIECES.length)]).append(' ');
      }
      assertThat(engine.search(paste.toString(), 20).problem()).isNull();
    }
    assertThat(engine.search("a".repeat(10_000), 20).problem()).isNull();
    assertThat(engine.search("lymphoma ".repeat(1_200), 20).hits()).isNotEmpty();
  }

  private static String input(Random random, int i) {
    if (i % 97 == 0) {
      return randomCodePoints(random, 1 + random.nextInt(40));
    }
    StringBuilder text = new StringBuilder();
    int pieces = 1 + random.nextInt(8);
    for (int p = 0; p < pieces; p++) {
      if (random.nextInt(5) == 0) {
        text.append(randomCodePoints(random, 1 + random.nextInt(6)));
      } else {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      if (random.nextBoolean()) {
        text.append(' ');
      }
    }
    return text.toString();
  }

  private static String randomCodePoints(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      int c = random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x3000);
      if (Character.isValidCodePoint(c)) {
        text.appendCodePoint(c);
      }
    }
    return text.toString();
  }

  private static String printable(String input) {
    StringBuilder out = new StringBuilder();
    input
        .codePoints()
        .forEach(
            c ->
                out.append(
                    c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.toString();
  }
}
