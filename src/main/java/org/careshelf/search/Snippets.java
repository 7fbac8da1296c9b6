package org.careshelf.search;

import java.util.List;
import org.careshelf.library.Words;

/**
 * Marks the words a search looked for in an article's texts and cuts the body's snippet, in Java
 * from the stored text: asking FTS5 for highlight() and snippet() cost about a millisecond a result
 * on a large library, most of it finding the row again for words in thousands of articles.
 *
 * <p>For example, with "fever" looked for, the body "Call us.\nA fever can start..." gives the
 * snippet "Call us.\nA \u0002fever\u0003 can start...", as the store would mark it.
 */
final class Snippets {

  /** How many words a snippet holds, as FTS5's snippet() was asked for. */
  static final int WORDS = 24;

  /** How many words before the first one found a snippet starts, for context. */
  private static final int BEFORE = 4;

  private Snippets() {}

  /** The whole {@code text} with each word looked for between the store's marks. */
  static String highlight(String text, WordMatcher matcher) {
    if (text == null) {
      return null;
    }
    List<Span> found = matcher.find(text);
    return mark(text, found, 0, text.length());
  }

  /**
   * The part of {@code text} of about {@link #WORDS} words that holds the most different words
   * looked for (then the most of them), marked, with an ellipsis where it was cut; the text's start
   * when it holds none.
   */
  static String snippet(String text, WordMatcher matcher) {
    if (text == null) {
      return null;
    }
    List<Words.Place> places = Words.places(text, Integer.MAX_VALUE);
    if (places.isEmpty()) {
      return text;
    }
    List<Span> found = new java.util.ArrayList<>();
    boolean[] hit = new boolean[places.size()];
    String[] word = new String[places.size()];
    for (int i = 0; i < places.size(); i++) {
      Words.Place place = places.get(i);
      String folded = matcher.foundAt(text, place.start(), place.end());
      if (folded != null) {
        hit[i] = true;
        word[i] = folded;
        found.add(new Span(place.start(), place.end()));
      }
    }
    int best = 0;
    long bestScore = -1;
    java.util.Map<String, Integer> inWindow = new java.util.HashMap<>();
    int count = 0;
    for (int i = 0; i < places.size(); i++) {
      if (hit[i]) {
        inWindow.merge(word[i], 1, Integer::sum);
        count++;
      }
      int out = i - WORDS;
      if (out >= 0 && hit[out]) {
        inWindow.merge(word[out], -1, Integer::sum);
        inWindow.remove(word[out], 0);
        count--;
      }
      long score = inWindow.size() * 1000L + count;
      if (i >= Math.min(WORDS, places.size()) - 1 && score > bestScore) {
        best = Math.max(0, i - WORDS + 1);
        bestScore = score;
      }
    }
    int first = best;
    while (first < Math.min(places.size(), best + WORDS) && !hit[first]) {
      first++;
    }
    int start = first < best + WORDS && first < places.size() ? Math.max(0, first - BEFORE) : best;
    start = Math.min(start, best);
    int end = Math.min(places.size(), start + WORDS);
    int from = start == 0 ? 0 : places.get(start).start();
    int to = end == places.size() ? text.length() : places.get(end - 1).end();
    return (start > 0 ? SearchIndex.ELLIPSIS : "")
        + mark(text, found, from, to)
        + (end < places.size() ? SearchIndex.ELLIPSIS : "");
  }

  private static String mark(String text, List<Span> found, int from, int to) {
    StringBuilder out = new StringBuilder(to - from + found.size() * 2);
    int at = from;
    for (Span span : found) {
      if (span.start() < from || span.end() > to) {
        continue;
      }
      out.append(text, at, span.start())
          .append(SearchIndex.MARK_START)
          .append(text, span.start(), span.end())
          .append(SearchIndex.MARK_END);
      at = span.end();
    }
    return out.append(text, at, to).toString();
  }
}
