package org.careshelf.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.careshelf.library.GlossaryTerm;

/** {@code glossary.yaml}: its terms, each name defined once, and the links articles make to it. */
final class GlossaryFile {

  /** The file's name in the articles folder. */
  static final String NAME = "glossary.yaml";

  private GlossaryFile() {}

  /** The terms of the glossary file's {@code text}, each problem added to {@code problems}. */
  static List<GlossaryTerm> read(String text, List<Problem> problems) {
    List<GlossaryTerm> terms = new ArrayList<>();
    Map<String, Integer> names = new HashMap<>();
    List<YamlFields> entries = YamlFields.entries(text, NAME, "glossary", problems);
    for (YamlFields f : entries) {
      f.rejectUnknown(Set.of("term", "aliases", "definition", "see_also"));
      String term = f.requiredText("term");
      String definition = f.requiredText("definition");
      List<String> aliases = f.textList("aliases");
      List<String> seeAlso = f.textList("see_also");
      if (term == null || definition == null) {
        continue;
      }
      claim(problems, names, term, f.line("term"));
      List<Integer> aliasLines = f.textListLines("aliases");
      for (int i = 0; i < aliases.size(); i++) {
        claim(problems, names, aliases.get(i), aliasLines.get(i));
      }
      terms.add(new GlossaryTerm(term, aliases, definition, seeAlso));
    }
    Set<String> known = new HashSet<>();
    terms.forEach(t -> known.add(key(t.term())));
    for (int i = 0, t = 0; i < entries.size() && t < terms.size(); i++) {
      YamlFields f = entries.get(i);
      if (!f.has("term") || !f.has("definition")) {
        continue;
      }
      List<String> seeAlso = f.textList("see_also");
      List<Integer> seeLines = f.textListLines("see_also");
      for (int s = 0; s < seeAlso.size(); s++) {
        if (!known.contains(key(seeAlso.get(s)))) {
          problems.add(
              new Problem(
                  NAME,
                  seeLines.get(s),
                  "see_also names '" + seeAlso.get(s) + "', which is not a glossary term"));
        }
      }
      t++;
    }
    return terms;
  }

  private static void claim(
      List<Problem> problems, Map<String, Integer> names, String name, int line) {
    Integer first = names.putIfAbsent(key(name), line);
    if (first != null) {
      problems.add(
          new Problem(
              NAME,
              line,
              "glossary term '" + name + "' is defined twice (first at line " + first + ")"));
    }
  }

  static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /** A link an author writes to the glossary must name a term exactly as glossary.yaml does. */
  static void checkLinks(
      List<ParsedArticle> parsed, List<GlossaryTerm> glossary, List<Problem> problems) {
    Set<String> terms = new HashSet<>();
    Map<String, String> termByName = new HashMap<>();
    for (GlossaryTerm t : glossary) {
      terms.add(t.term());
      t.names().forEach(name -> termByName.putIfAbsent(key(name), t.term()));
    }
    for (ParsedArticle p : parsed) {
      for (ParsedArticle.LinkRef link : p.glossaryLinks()) {
        if (terms.contains(link.target())) {
          continue;
        }
        String known = termByName.get(key(link.target()));
        String message =
            known == null
                ? "glossary link to '" + link.target() + "', which is not a term in " + NAME
                : "glossary link to '"
                    + link.target()
                    + "': link to the term as "
                    + NAME
                    + " spells it: glossary:"
                    + Markdown.glossaryAddress(known).substring(Markdown.GLOSSARY_SCHEME.length());
        problems.add(new Problem(p.path(), link.line(), message));
      }
    }
  }
}
