package org.careshelf.content;

import java.util.List;

/**
 * What a compile found: every problem, or the library that was written; and the warnings a lenient
 * compile let through (the reading grade, the care-team section), written into the library.
 */
public record CompileResult(List<Problem> problems, List<Problem> warnings, Library library) {

  public CompileResult {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  public CompileResult(List<Problem> problems, Library library) {
    this(problems, List.of(), library);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
