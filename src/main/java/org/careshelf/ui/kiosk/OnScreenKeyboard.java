package org.careshelf.ui.kiosk;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.careshelf.ui.Messages;
import org.careshelf.ui.Styles;

/**
 * Large keys for typing a search by touch: letters, space, backspace, clear and search. The keys
 * never take the focus, so the field keeps its results open while they are pressed.
 */
public final class OnScreenKeyboard extends VBox {

  private static final List<String> ROWS = List.of("qwertyuiop", "asdfghjkl", "zxcvbnm");

  private final TextField field;

  /** Types into {@code field}; {@code search} runs when the search key is pressed. */
  public OnScreenKeyboard(TextField field, Messages messages, Runnable search) {
    this.field = field;
    setId("onScreenKeyboard");
    getStyleClass().add(Styles.KIOSK_KEYBOARD);
    setAlignment(Pos.CENTER);
    setSpacing(8);
    for (String row : ROWS) {
      HBox keys = new HBox(8);
      keys.setAlignment(Pos.CENTER);
      for (char letter : row.toCharArray()) {
        keys.getChildren()
            .add(key("key-" + letter, String.valueOf(letter), null, () -> type(letter)));
      }
      getChildren().add(keys);
    }
    Button space = key("keySpace", messages.get("kiosk.keyboard.space"), null, () -> type(' '));
    HBox.setHgrow(space, Priority.ALWAYS);
    space.setMaxWidth(Double.MAX_VALUE);
    HBox last =
        new HBox(
            8,
            key("keyClear", messages.get("kiosk.keyboard.clear"), null, field::clear),
            space,
            key(
                "keyBackspace",
                "\u232b",
                messages.get("kiosk.keyboard.backspace"),
                this::backspace),
            key("keySearch", messages.get("kiosk.keyboard.search"), null, search));
    last.setAlignment(Pos.CENTER);
    getChildren().add(last);
  }

  private static Button key(String id, String text, String spoken, Runnable action) {
    Button key = new Button(text);
    key.setId(id);
    key.getStyleClass().add(Styles.KIOSK_KEY);
    key.setFocusTraversable(false);
    if (spoken != null) {
      key.setAccessibleText(spoken);
    }
    key.setOnAction(e -> action.run());
    return key;
  }

  private void type(char c) {
    field.replaceSelection(String.valueOf(c));
  }

  private void backspace() {
    if (field.getSelection().getLength() > 0) {
      field.replaceSelection("");
    } else {
      field.deletePreviousChar();
    }
  }
}
