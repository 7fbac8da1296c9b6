package org.careshelf.content;

import java.util.List;

/** A hard word, its other names, its plain-language meaning and the terms to see next. */
public record GlossaryTerm(
    String term, List<String> aliases, String definition, List<String> seeAlso) {

  public GlossaryTerm {
    aliases = List.copyOf(aliases);
    seeAlso = List.copyOf(seeAlso);
  }
}
