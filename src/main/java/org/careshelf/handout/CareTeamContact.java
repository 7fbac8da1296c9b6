package org.careshelf.handout;

import java.util.List;

/**
 * Who to call at the reader's own clinic, printed at the top of "When to call your care team": a
 * name and its lines, such as {@code "Day or night: 555-0100"}.
 */
public record CareTeamContact(String name, List<String> lines) {

  public CareTeamContact {
    lines = List.copyOf(lines);
  }
}
