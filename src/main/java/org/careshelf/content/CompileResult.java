package org.careshelf.content;

import java.util.List;

/** What a compile found: every problem, or the library that was written. */
public record CompileResult(List<Problem> problems, Library library) {

  public CompileResult {
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
