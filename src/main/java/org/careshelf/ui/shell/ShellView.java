package org.careshelf.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.careshelf.ui.article.ArticleView;
import org.careshelf.ui.topics.TopicTreeView;

/** The main window's layout: toolbar on top, topic tree on the left, article in the centre. */
public final class ShellView extends BorderPane {

  private final ToolBar toolbar;

  /** Lays out the given views; they are built and wired by the composition root. */
  public ShellView(TopicTreeView topics, ArticleView article, Label status) {
    setId("shell");
    getStyleClass().add("shell");
    Label name = new Label("CareShelf");
    name.getStyleClass().add("app-name");
    toolbar = new ToolBar(name);
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

  /**
   * Puts the search field at the right of the toolbar and lays its results panel over the top right
   * of the window's content.
   */
  public void showSearch(Node field, Region results) {
    Region space = new Region();
    HBox.setHgrow(space, Priority.ALWAYS);
    toolbar.getItems().addAll(space, field);
    StackPane layers = new StackPane(getCenter(), results);
    StackPane.setAlignment(results, Pos.TOP_RIGHT);
    StackPane.setMargin(results, new Insets(0, 12, 0, 12));
    setCenter(layers);
  }
}
