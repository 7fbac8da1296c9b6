package org.careshelf.ui;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;

/**
 * Marks a node as a heading for screen readers: JavaFX has no heading role, so the role description
 * says "heading level N", which Windows Narrator, NVDA and VoiceOver read out.
 */
public final class Headings {

  private Headings() {}

  /** Marks {@code node} as a heading of {@code level} (1 for a page's title). */
  public static void mark(Node node, int level) {
    node.setAccessibleRole(AccessibleRole.TEXT);
    node.setAccessibleRoleDescription("heading level " + level);
  }
}
