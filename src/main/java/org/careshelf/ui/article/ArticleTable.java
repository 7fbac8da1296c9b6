package org.careshelf.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.careshelf.ui.Styles;
import org.careshelf.ui.theme.Theme;

/**
 * A table of an article: a grid where its columns have room, and where they do not (large text, a
 * narrow window) each row stacked as "header: value" lines, so that no cell is ever cut off or
 * wider than the page.
 *
 * @param <C> a cell of the parsed table
 */
final class ArticleTable<C> extends StackPane {

  /** The narrowest a column may be, in em, before the rows are stacked instead. */
  static final double NARROWEST_COLUMN_EM = 11;

  private final List<C> header;
  private final List<List<C>> rows;
  private final BiFunction<C, Boolean, TextFlow> render;
  private Boolean stacked;
  private boolean pending;

  /** {@code render} draws a cell, given whether it is a header cell. */
  ArticleTable(List<C> header, List<List<C>> rows, BiFunction<C, Boolean, TextFlow> render) {
    this.header = header;
    this.rows = rows;
    this.render = render;
    getStyleClass().add(Styles.TABLE_BOX);
    setAccessibleRole(AccessibleRole.TABLE_VIEW);
    setMinWidth(0);
    // Decided once the layout pass is over: its first passes give widths on the way to the last,
    // and a table drawn again for one of them loses the words marked in it.
    widthProperty()
        .addListener(
            (obs, old, width) -> {
              if (!pending) {
                pending = true;
                javafx.application.Platform.runLater(
                    () -> {
                      pending = false;
                      fit(getWidth());
                    });
              }
            });
    // The first layout decides; until then the grid is shown.
    show(false);
  }

  private int columns() {
    int columns = header.size();
    for (List<C> row : rows) {
      columns = Math.max(columns, row.size());
    }
    return Math.max(1, columns);
  }

  private void fit(double width) {
    if (width <= 0) {
      return;
    }
    show(width < columns() * NARROWEST_COLUMN_EM * Theme.fontPx(getScene()));
  }

  private void show(boolean stack) {
    if (stacked != null && stacked == stack) {
      return;
    }
    stacked = stack;
    getChildren().setAll(stack ? stackedRows() : grid());
  }

  private GridPane grid() {
    GridPane grid = new GridPane();
    grid.getStyleClass().add(Styles.TABLE);
    int row = 0;
    if (!header.isEmpty()) {
      for (int column = 0; column < header.size(); column++) {
        grid.add(render.apply(header.get(column), true), column, row);
      }
      row++;
    }
    for (List<C> cells : rows) {
      for (int column = 0; column < cells.size(); column++) {
        grid.add(render.apply(cells.get(column), false), column, row);
      }
      row++;
    }
    int columns = columns();
    for (int i = 0; i < columns; i++) {
      ColumnConstraints constraints = new ColumnConstraints();
      constraints.setHgrow(Priority.ALWAYS);
      constraints.setPercentWidth(100.0 / columns);
      grid.getColumnConstraints().add(constraints);
    }
    return grid;
  }

  /** Each row a block: every cell under its column's header, the header in bold. */
  private VBox stackedRows() {
    VBox all = new VBox();
    all.getStyleClass().add(Styles.TABLE_STACKED);
    for (List<C> cells : rows) {
      VBox block = new VBox();
      block.getStyleClass().add(Styles.TABLE_ROW);
      List<TextFlow> lines = new ArrayList<>();
      for (int column = 0; column < cells.size(); column++) {
        if (column < header.size()) {
          TextFlow name = render.apply(header.get(column), true);
          name.getStyleClass().add(Styles.TABLE_HEADER);
          lines.add(name);
        }
        lines.add(render.apply(cells.get(column), false));
      }
      block.getChildren().addAll(lines);
      all.getChildren().add(block);
    }
    return all;
  }
}
