package org.careshelf.ui.topics;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.careshelf.library.ArticleSummary;
import org.careshelf.ui.Messages;
import org.careshelf.ui.Styles;

/**
 * The topic tree: topics, their subtopics, then their articles. A click, a tap or Enter on an
 * article opens it; the arrow keys only move through the tree, so passing over an article neither
 * opens it nor enters it in the reader's history.
 */
public final class TopicTreeView extends TreeView<Object> {

  private final Consumer<String> openArticle;

  /** {@code openArticle} is called with an article's id when the reader picks it. */
  public TopicTreeView(TopicTreeViewModel model, Messages messages, Consumer<String> openArticle) {
    this.openArticle = openArticle;
    setId("topicTree");
    getStyleClass().add(Styles.TOPIC_TREE);
    setShowRoot(false);
    setRoot(new TreeItem<>(messages.get("topics.button")));
    setAccessibleText(messages.get("topics.tree.label"));
    setCellFactory(tree -> new EntryCell(messages, this::clicked));
    model.rootsProperty().addListener((obs, old, roots) -> fill(roots));
    fill(model.rootsProperty().get());
    setOnKeyPressed(
        e -> {
          TreeItem<Object> item = getSelectionModel().getSelectedItem();
          if (e.getCode() == KeyCode.ENTER && item != null) {
            if (item.getValue() instanceof ArticleSummary article) {
              openArticle.accept(article.id());
            } else if (!item.isLeaf()) {
              item.setExpanded(!item.isExpanded());
            }
            e.consume();
          }
        });
  }

  /** A click or tap on an article's row opens it. */
  private void clicked(TreeItem<Object> item) {
    if (item != null && item.getValue() instanceof ArticleSummary article) {
      openArticle.accept(article.id());
    }
  }

  /** Folds every topic and forgets the choice: the tree as it was at start, for a kiosk. */
  public void collapse() {
    getSelectionModel().clearSelection();
    if (getRoot() != null) {
      getRoot().getChildren().forEach(item -> collapse(item));
    }
    scrollTo(0);
  }

  private static void collapse(javafx.scene.control.TreeItem<Object> item) {
    item.setExpanded(false);
    item.getChildren().forEach(child -> collapse(child));
  }

  /**
   * Shows {@code articleId} as selected (opening its topic) without opening it again; null, for a
   * page that is no article, selects nothing, so the tree never points at a page left behind.
   */
  public void reveal(String articleId) {
    TreeItem<Object> item = articleId == null ? null : find(getRoot(), articleId);
    if (item == null) {
      getSelectionModel().clearSelection();
      return;
    }
    if (item == getSelectionModel().getSelectedItem()) {
      return;
    }
    for (TreeItem<Object> parent = item.getParent(); parent != null; parent = parent.getParent()) {
      parent.setExpanded(true);
    }
    getSelectionModel().select(item);
    scrollTo(Math.max(0, getRow(item) - 2));
  }

  private static TreeItem<Object> find(TreeItem<Object> item, String articleId) {
    if (item.getValue() instanceof ArticleSummary a && a.id().equals(articleId)) {
      return item;
    }
    for (TreeItem<Object> child : item.getChildren()) {
      TreeItem<Object> found = find(child, articleId);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private void fill(List<TopicNode> roots) {
    getRoot().getChildren().setAll(roots.stream().map(TopicTreeView::item).toList());
  }

  private static TreeItem<Object> item(TopicNode node) {
    TreeItem<Object> item = new TreeItem<>(node);
    node.articles().forEach(article -> item.getChildren().add(new TreeItem<>(article)));
    node.subtopics().forEach(sub -> item.getChildren().add(item(sub)));
    return item;
  }

  /**
   * Shows a topic's or an article's title, wrapped to the tree's width, with a style for each; a
   * click or tap on a topic opens or closes it.
   */
  private static final class EntryCell extends TreeCell<Object> {
    /** Room taken by the disclosure arrow, the cell's padding and a scroll bar, in em. */
    private static final double CHROME_EM = 4.5;

    /** Indentation of one tree level, in em (the default skin indents by about 1.1em). */
    private static final double INDENT_EM = 1.2;

    // A Text with a wrapping width gives every row its true height; a wrapped Label in a
    // virtualised cell is measured before its width is known and gets cut short.
    private final Text title = new Text();

    private final Messages messages;

    EntryCell(Messages messages, Consumer<TreeItem<Object>> openArticle) {
      this.messages = messages;
      title.getStyleClass().add(Styles.CELL_TEXT);
      setOnMouseClicked(
          e -> {
            TreeItem<Object> item = getTreeItem();
            if (item == null || e.getClickCount() != 1 || isDisclosureClick(e)) {
              return;
            }
            if (item.isLeaf()) {
              openArticle.accept(item);
            } else {
              item.setExpanded(!item.isExpanded());
            }
          });
    }

    private boolean isDisclosureClick(javafx.scene.input.MouseEvent e) {
      javafx.scene.Node arrow = getDisclosureNode();
      return arrow != null
          && arrow.isVisible()
          && arrow.localToScene(arrow.getBoundsInLocal()).contains(e.getSceneX(), e.getSceneY());
    }

    @Override
    protected void updateItem(Object value, boolean empty) {
      super.updateItem(value, empty);
      getStyleClass().remove(Styles.TOPIC_CELL);
      title.wrappingWidthProperty().unbind();
      setText(null);
      if (empty || value == null) {
        setGraphic(null);
        setAccessibleText(null);
        return;
      }
      int level = Math.max(0, getTreeView().getTreeItemLevel(getTreeItem()) - 1);
      title
          .wrappingWidthProperty()
          .bind(
              javafx.beans.binding.Bindings.createDoubleBinding(
                  () ->
                      getTreeView().getWidth()
                          - title.getFont().getSize() * (CHROME_EM + INDENT_EM * level),
                  getTreeView().widthProperty(),
                  title.fontProperty()));
      if (value instanceof TopicNode node) {
        title.setText(node.topic().title());
        getStyleClass().add(Styles.TOPIC_CELL);
        setAccessibleText(messages.get("topics.topic.label", node.topic().title()));
      } else if (value instanceof ArticleSummary article) {
        title.setText(article.title());
        setAccessibleText(article.title());
      }
      setGraphic(title);
    }
  }
}
