package org.careshelf.ui.kiosk;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.careshelf.ui.Messages;
import org.careshelf.ui.Styles;

/** The staff PIN pad: large on-screen digits, also typed keys, to close the kiosk. */
public final class PinPadView extends VBox {

  private final PinPadViewModel model;

  /** {@code cancel} closes the pad without a PIN. */
  public PinPadView(PinPadViewModel model, Messages messages, Runnable cancel) {
    this.model = model;
    setId("pinPad");
    getStyleClass().addAll(Styles.CARD, Styles.KIOSK_PANEL);
    setAlignment(Pos.CENTER);
    setSpacing(16);
    setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    Label title = new Label(messages.get("kiosk.pin.title"));
    title.getStyleClass().add(Styles.KIOSK_TITLE);
    Label dots = new Label();
    dots.setId("pinDots");
    dots.getStyleClass().add(Styles.KIOSK_PIN_DOTS);
    dots.textProperty().bind(model.dotsProperty());
    Label message = new Label();
    message.setId("pinMessage");
    message.setWrapText(true);
    message.textProperty().bind(model.messageProperty());
    GridPane keys = new GridPane();
    keys.setHgap(12);
    keys.setVgap(12);
    keys.setAlignment(Pos.CENTER);
    // Three even columns, as on a phone's keypad: every key is as wide as "Enter" (style sheet).
    keys.getStyleClass().add(Styles.KIOSK_PIN_KEYS);
    for (int d = 1; d <= 9; d++) {
      keys.add(digit((char) ('0' + d)), (d - 1) % 3, (d - 1) / 3);
    }
    keys.add(
        key("pinBackspace", "\u232b", messages.get("kiosk.pin.backspace"), model::backspace), 0, 3);
    keys.add(digit('0'), 1, 3);
    keys.add(key("pinEnter", messages.get("kiosk.pin.enter"), null, model::enter), 2, 3);
    keys.disableProperty().bind(model.lockedProperty());
    Button close = key("pinCancel", messages.get("kiosk.pin.cancel"), null, cancel);
    getChildren().addAll(title, dots, message, keys, new HBox(close));
    addEventFilter(KeyEvent.KEY_PRESSED, this::typed);
  }

  private Button digit(char digit) {
    return key("pin" + digit, String.valueOf(digit), null, () -> model.digit(digit));
  }

  private static Button key(String id, String text, String spoken, Runnable action) {
    Button key = new Button(text);
    key.setId(id);
    key.getStyleClass().add(Styles.KIOSK_KEY);
    // Every key fills its cell, so the digits stand in even columns whatever the widest key.
    key.setMaxWidth(Double.MAX_VALUE);
    if (spoken != null) {
      key.setAccessibleText(spoken);
    }
    key.setOnAction(e -> action.run());
    return key;
  }

  private void typed(KeyEvent e) {
    String text = e.getText();
    if (text != null && text.length() == 1 && Character.isDigit(text.charAt(0))) {
      model.digit(text.charAt(0));
    } else if (e.getCode() == KeyCode.BACK_SPACE) {
      model.backspace();
    } else if (e.getCode() == KeyCode.ENTER) {
      model.enter();
    } else {
      return;
    }
    e.consume();
  }
}
