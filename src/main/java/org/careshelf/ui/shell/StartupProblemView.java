package org.careshelf.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What the window shows instead of the reader when CareShelf cannot start, and why. */
public final class StartupProblemView extends VBox {

  /** Shows {@code problem}; {@code close} is called when the reader closes the window. */
  public StartupProblemView(String problem, Runnable close) {
    setId("startupProblem");
    getStyleClass().add("startup-problem");
    setSpacing(16);
    setPadding(new Insets(32, 40, 32, 40));
    setAlignment(Pos.TOP_LEFT);
    Label heading = new Label("CareShelf cannot start");
    heading.getStyleClass().add("h2");
    Label explanation =
        new Label(
            "The settings that whoever looks after this computer chose for CareShelf have a"
                + " mistake in them. Please show them this message:");
    explanation.setWrapText(true);
    Label details = new Label(problem);
    details.setId("startupProblemDetails");
    details.setWrapText(true);
    Button closeButton = new Button("Close");
    closeButton.setId("closeButton");
    closeButton.setDefaultButton(true);
    closeButton.setOnAction(e -> close.run());
    getChildren().addAll(heading, explanation, details, closeButton);
  }
}
