package org.careshelf.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.careshelf.library.GlossaryTerm;
import org.careshelf.library.Respelling;

/**
 * {@code pronunciation.yaml}, beside the glossary: how read aloud says the library's hard words.
 * Every entry must name a glossary term or alias, or a word an article uses, so that the list never
 * drifts from the library it speaks.
 */
final class PronunciationFile {

  /** The file's name in the articles folder; a library without one has no respellings. */
  static final String NAME = "pronunciation.yaml";

  private PronunciationFile() {}

  /** The respellings in {@code text}, each problem added to {@code problems}. */
  static List<Respelling> read(
      String text,
      List<GlossaryTerm> glossary,
      List<ParsedArticle> articles,
      List<Problem> problems) {
    Set<String> names = new HashSet<>();
    glossary.forEach(t -> t.names().forEach(n -> names.add(key(n))));
    String allText = articleText(articles);
    List<Respelling> respellings = new ArrayList<>();
    Map<String, Integer> lines = new HashMap<>();
    for (YamlFields f : YamlFields.entries(text, NAME, "pronunciation", problems)) {
      f.rejectUnknown(Set.of("word", "say"));
      String word = f.requiredText("word");
      String say = f.requiredText("say");
      if (word == null || say == null) {
        continue;
      }
      Integer first = lines.putIfAbsent(key(word), f.line("word"));
      if (first != null) {
        problems.add(
            new Problem(
                NAME,
                f.line("word"),
                "'" + word + "' is respelled twice (first at line " + first + ")"));
        continue;
      }
      if (!names.contains(key(word)) && !mentions(allText, word)) {
        problems.add(
            new Problem(
                NAME,
                f.line("word"),
                "'" + word + "' is neither a glossary term nor a word any article uses"));
        continue;
      }
      respellings.add(new Respelling(word.strip(), say.strip()));
    }
    return respellings;
  }

  private static String articleText(List<ParsedArticle> articles) {
    StringBuilder text = new StringBuilder();
    for (ParsedArticle p : articles) {
      text.append(p.article().title()).append('\n');
      text.append(p.article().summary()).append('\n');
      text.append(p.article().body()).append('\n');
    }
    return text.toString();
  }

  /** Whether {@code word} stands whole somewhere in {@code text}, in any case. */
  private static boolean mentions(String text, String word) {
    return Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + Pattern.quote(word.strip()) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(text)
        .find();
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
