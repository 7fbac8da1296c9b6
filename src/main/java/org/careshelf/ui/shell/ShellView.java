package org.careshelf.ui.shell;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import org.careshelf.ui.article.ArticleView;
import org.careshelf.ui.topics.TopicTreeView;

/** The main window's layout: toolbar on top, topic tree on the left, article in the centre. */
public final class ShellView extends BorderPane {

  /** Lays out the given views; they are built and wired by the composition root. */
  public ShellView(TopicTreeView topics, ArticleView article, Label status) {
    setId("shell");
    getStyleClass().add("shell");
    Label name = new Label("CareShelf");
    name.getStyleClass().add("app-name");
    ToolBar toolbar = new ToolBar(name);
    toolbar.setId("toolbar");
    toolbar.setAccessibleText("Toolbar");
    setTop(toolbar);
    SplitPane split = new SplitPane(topics, article);
    split.setOrientation(Orientation.HORIZONTAL);
    split.setDividerPositions(0.3);
    SplitPane.setResizableWithParent(topics, false);
    setCenter(split);
    status.setId("status");
    status.getStyleClass().add("status");
    status.managedProperty().bind(status.textProperty().isNotEmpty());
    status.visibleProperty().bind(status.managedProperty());
    status.setWrapText(true);
    setBottom(status);
  }
}
