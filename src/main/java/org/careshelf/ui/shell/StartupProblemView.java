package org.careshelf.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.careshelf.ui.Messages;
import org.careshelf.ui.Styles;

/** What the window shows instead of the reader when CareShelf cannot start, and why. */
public final class StartupProblemView extends VBox {

  /** Shows {@code problem}; {@code close} is called when the reader closes the window. */
  public StartupProblemView(String problem, Messages messages, Runnable close) {
    setId("startupProblem");
    setSpacing(16);
    setPadding(new Insets(32, 40, 32, 40));
    setAlignment(Pos.TOP_LEFT);
    Label heading = new Label(messages.get("startup.title"));
    heading.getStyleClass().add(Styles.H2);
    Label explanation = new Label(messages.get("startup.settings"));
    explanation.setWrapText(true);
    Label details = new Label(problem);
    details.setId("startupProblemDetails");
    details.setWrapText(true);
    Button closeButton = new Button(messages.get("startup.close"));
    closeButton.setId("closeButton");
    closeButton.setDefaultButton(true);
    closeButton.setOnAction(e -> close.run());
    getChildren().addAll(heading, explanation, details, closeButton);
  }
}
