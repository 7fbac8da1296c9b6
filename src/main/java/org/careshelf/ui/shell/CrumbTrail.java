package org.careshelf.ui.shell;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.careshelf.ui.Messages;
import org.careshelf.ui.Styles;
import org.careshelf.ui.WrappingLink;

/**
 * The trail from Home to the page shown: a link for each step back and the page's own name last; it
 * wraps onto more lines, as words do, when it is longer than the window is wide (a text flow: a
 * flow pane cannot make a long name narrower than its one line).
 */
final class CrumbTrail extends TextFlow {

  private final Messages messages;
  private final Consumer<Place> go;

  CrumbTrail(Messages messages, Consumer<Place> go) {
    this.messages = messages;
    this.go = go;
    setId("breadcrumbs");
    getStyleClass().add(Styles.CRUMB_TRAIL);
    setAccessibleRole(AccessibleRole.PARENT);
    setAccessibleText(messages.get("nav.breadcrumbs"));
    setMinWidth(0);
  }

  /** Shows {@code trail}; its last step is where the reader is. */
  void show(List<Crumbs.Crumb> trail) {
    getChildren().clear();
    for (int i = 0; i < trail.size(); i++) {
      Crumbs.Crumb crumb = trail.get(i);
      if (i == trail.size() - 1) {
        Text here = new Text(crumb.label());
        here.getStyleClass().add(Styles.CRUMB_HERE);
        here.setAccessibleText(messages.get("nav.here", crumb.label()));
        getChildren().add(here);
      } else {
        Hyperlink step = new WrappingLink(crumb.label());
        step.getStyleClass().add(Styles.CRUMB);
        step.setOnAction(e -> go.accept(crumb.place()));
        Text between = new Text(" \u203a ");
        between.getStyleClass().add(Styles.CRUMB_BETWEEN);
        getChildren().addAll(step, between);
      }
    }
  }
}
