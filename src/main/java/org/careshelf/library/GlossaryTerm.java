package org.careshelf.library;

import java.util.ArrayList;
import java.util.List;

/** A hard word, its other names, its plain-language meaning and the terms to see next. */
public record GlossaryTerm(
    String term, List<String> aliases, String definition, List<String> seeAlso) {

  public GlossaryTerm {
    aliases = List.copyOf(aliases);
    seeAlso = List.copyOf(seeAlso);
  }

  /** Every name of the entry: the term first, then its aliases. */
  public List<String> names() {
    List<String> names = new ArrayList<>(aliases.size() + 1);
    names.add(term);
    names.addAll(aliases);
    return names;
  }
}
