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

/** The topic tree: topics, their subtopics, then their articles; choosing an article opens it. */
public final class TopicTreeView extends TreeView<Object> {

  private final Consumer<String> openArticle;
  private boolean selecting;

  /** {@code openArticle} is called with an article's id when the reader picks it. */
  public TopicTreeView(TopicTreeViewModel model, Messages messages, Consumer<String> openArticle) {
    this.openArticle = openArticle;
    setId("topicTree");
    getStyleClass().add(Styles.TOPIC_TREE);
    setShowRoot(false);
    setRoot(new TreeItem<>(messages.get("topics.button")));
    setAccessibleText(messages.get("topics.tree.label"));
    setCellFactory(tree -> new EntryCell(messages));
    model.rootsProperty().addListener((obs, old, roots) -> fill(roots));
    fill(model.rootsProperty().get());
    getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, item) -> {
              if (!selecting && item != null && item.getValue() instanceof ArticleSummary a) {
                openArticle.accept(a.id());
              }
            });
    setOnKeyPressed(
        e -> {
          TreeItem<Object> item = getSelectionModel().getSelectedItem();
          if (e.getCode() == KeyCode.ENTER && item != null && !item.isLeaf()) {
            item.setExpanded(!item.isExpanded());
          }
        });
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

  /** Shows {@code articleId} as selected (opening its topic) without opening it again. */
  public void reveal(String articleId) {
    TreeItem<Object> item = find(getRoot(), articleId);
    if (item == null || item == getSelectionModel().getSelectedItem()) {
      return;
    }
    for (TreeItem<Object> parent = item.getParent(); parent != null; parent = parent.getParent()) {
      parent.setExpanded(true);
    }
    selecting = true;
    try {
      getSelectionModel().select(item);
      scrollTo(getRow(item));
    } finally {
      selecting = false;
    }
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

    EntryCell(Messages messages) {
      this.messages = messages;
      title.getStyleClass().add(Styles.CELL_TEXT);
      setOnMouseClicked(
          e -> {
            TreeItem<Object> item = getTreeItem();
            if (item != null && !item.isLeaf() && e.getClickCount() == 1 && !isDisclosureClick(e)) {
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
