package org.careshelf.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The syllables of one word, counted by the rules in {@link Readability}'s class comment. */
final class Syllables {

  private static final Pattern RUNS = Pattern.compile("\\p{L}+|\\p{N}+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  private Syllables() {}

  /** The syllables of one word. */
  static int of(String word) {
    if (isAscii(word)) {
      return asciiSyllables(word);
    }
    int total = 0;
    for (String part : word.split("-")) {
      var runs = RUNS.matcher(stripAccents(part).replace("'", "").replace("\u2019", ""));
      int partTotal = 0;
      while (runs.find()) {
        String run = runs.group();
        partTotal += Character.isDigit(run.charAt(0)) ? run.length() : letterSyllables(run);
      }
      total += partTotal;
    }
    return Math.max(1, total);
  }

  /**
   * The same count for a word of ASCII characters, without regular expressions: there, accents are
   * none, {@code \\p{L}} is a letter and {@code \\p{N}} a digit, an apostrophe is dropped and a
   * hyphen only ends a run, as any other character that is neither does.
   */
  private static int asciiSyllables(String word) {
    StringBuilder kept = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c != '\'') {
        kept.append(c);
      }
    }
    int total = 0;
    int n = kept.length();
    int at = 0;
    while (at < n) {
      char c = kept.charAt(at);
      boolean letter = isAsciiLetter(c);
      if (!letter && !isAsciiDigit(c)) {
        at++;
        continue;
      }
      int start = at;
      while (at < n && (letter ? isAsciiLetter(kept.charAt(at)) : isAsciiDigit(kept.charAt(at)))) {
        at++;
      }
      total += letter ? letterSyllables(kept.substring(start, at)) : at - start;
    }
    return Math.max(1, total);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int letterSyllables(String run) {
    if (run.length() == 1) {
      return run.equals("W") ? 3 : 1;
    }
    if (run.equals(run.toUpperCase(Locale.ROOT)) && !isPronounceable(run)) {
      int spelled = 0;
      for (int i = 0; i < run.length(); i++) {
        spelled += run.charAt(i) == 'W' ? 3 : 1;
      }
      return spelled;
    }
    return vowelGroups(run.toLowerCase(Locale.ROOT));
  }

  private static boolean isPronounceable(String capitals) {
    String word = capitals.toLowerCase(Locale.ROOT);
    if (word.chars().noneMatch(c -> "aeiou".indexOf(c) >= 0)) {
      return false;
    }
    if (word.length() == 3) {
      return !isVowel(word.charAt(0), false)
          && isVowel(word.charAt(1), false)
          && !isVowel(word.charAt(2), false);
    }
    if (word.length() < 3) {
      return false;
    }
    int consonants = 0;
    for (int i = 0; i < word.length(); i++) {
      consonants = isVowel(word.charAt(i), false) ? 0 : consonants + 1;
      if (consonants == 3) {
        return false;
      }
    }
    return true;
  }

  private static int vowelGroups(String word) {
    int groups = 0;
    boolean inGroup = false;
    for (int i = 0; i < word.length(); i++) {
      boolean vowel = isVowel(word.charAt(i), true);
      if (vowel && !inGroup) {
        groups++;
      }
      inGroup = vowel;
    }
    int n = word.length();
    boolean silentE = n >= 2 && word.charAt(n - 1) == 'e' && !isVowel(word.charAt(n - 2), true);
    boolean consonantLe = n >= 3 && word.endsWith("le") && !isVowel(word.charAt(n - 3), true);
    if (silentE && !consonantLe) {
      groups--;
    }
    return Math.max(1, groups);
  }

  private static boolean isVowel(char c, boolean withY) {
    return "aeiou".indexOf(c) >= 0 || (withY && c == 'y');
  }

  private static String stripAccents(String text) {
    // Most words are plain ASCII, and normalising every one was most of the grade's cost.
    if (text.chars().allMatch(c -> c < 0x80)) {
      return text;
    }
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }
}
