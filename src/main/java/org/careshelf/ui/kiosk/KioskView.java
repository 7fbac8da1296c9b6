package org.careshelf.ui.kiosk;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.careshelf.ui.Messages;
import org.careshelf.ui.Styles;

/**
 * The reader's window as a waiting-room kiosk: a bar with the CareShelf name (a long press opens
 * the staff PIN pad) and "Start over", the on-screen keyboard while the search field is touched,
 * the calm start screen, and "Still reading?" when nobody has touched it for a while.
 */
public final class KioskView extends StackPane {

  /** The keys that open the staff PIN pad. */
  public static final KeyCombination STAFF_EXIT =
      new KeyCodeCombination(
          KeyCode.X,
          KeyCombination.CONTROL_DOWN,
          KeyCombination.ALT_DOWN,
          KeyCombination.SHIFT_DOWN);

  /** How long the CareShelf name must be pressed to open the PIN pad. */
  static final Duration LONG_PRESS = Duration.seconds(3);

  private final KioskViewModel model;
  private final PinPadViewModel pin;
  private final PinPadView pad;
  private final StackPane padLayer;

  /**
   * {@code shell} is the reader's window; {@code search} its search field, which the keyboard types
   * into, and {@code openBest} what the keyboard's search key does.
   */
  public KioskView(
      Node shell,
      TextField search,
      Runnable openBest,
      KioskViewModel model,
      PinPadViewModel pin,
      Messages messages) {
    this.model = model;
    this.pin = pin;
    setId("kiosk");
    getStyleClass().add(Styles.KIOSK);

    Label name = new Label(messages.get("app.name"));
    name.setId("kioskName");
    name.getStyleClass().add(Styles.KIOSK_NAME);
    PauseTransition press = new PauseTransition(LONG_PRESS);
    press.setOnFinished(e -> showPad());
    name.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> press.playFromStart());
    name.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> press.stop());
    name.addEventHandler(MouseEvent.MOUSE_EXITED, e -> press.stop());
    Button startOver = new Button(messages.get("kiosk.startOver"));
    startOver.setId("startOverButton");
    startOver.getStyleClass().add(Styles.PRIMARY);
    startOver.setOnAction(e -> model.startOver());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox bar = new HBox(16, name, gap, startOver);
    bar.setId("kioskBar");
    bar.getStyleClass().add(Styles.KIOSK_BAR);
    bar.setAlignment(Pos.CENTER_LEFT);

    BorderPane window = new BorderPane(shell);
    OnScreenKeyboard keyboard =
        new OnScreenKeyboard(
            search,
            messages,
            () -> {
              openBest.run();
              // Off the field, so the keyboard and the results make way for the article.
              window.requestFocus();
            });
    keyboard.visibleProperty().bind(search.focusedProperty());
    keyboard.managedProperty().bind(keyboard.visibleProperty());
    window.setBottom(new VBox(keyboard, bar));

    pad = new PinPadView(pin, messages, this::hidePad);
    padLayer = layer("pinPadLayer", pad);
    padLayer.setVisible(false);
    getChildren().addAll(window, welcome(messages), stillReading(messages), padLayer);
  }

  /** Watches {@code scene} for anyone there, ticks the quiet time, and listens for staff keys. */
  public void watch(Scene scene) {
    // Not MouseEvent.ANY: JavaFX sends "entered" and "exited" by itself whenever the page moves
    // under a resting pointer, and those would keep an empty kiosk awake for ever.
    for (var type :
        java.util.List.of(
            MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_MOVED, MouseEvent.MOUSE_DRAGGED)) {
      scene.addEventFilter(type, e -> model.activity());
    }
    scene.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> model.activity());
    scene.addEventFilter(TouchEvent.TOUCH_MOVED, e -> model.activity());
    scene.addEventFilter(ScrollEvent.SCROLL, e -> model.activity());
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          model.activity();
          if (STAFF_EXIT.match(e)) {
            e.consume();
            showPad();
          }
        });
    Timeline seconds = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
    seconds.setCycleCount(Animation.INDEFINITE);
    seconds.play();
  }

  private StackPane welcome(Messages messages) {
    Label words = new Label(messages.get("kiosk.welcome"));
    words.getStyleClass().add(Styles.KIOSK_TITLE);
    words.setWrapText(true);
    Label more = new Label(messages.get("kiosk.welcome.more"));
    more.setWrapText(true);
    VBox card = new VBox(16, words, more);
    card.getStyleClass().addAll(Styles.CARD, Styles.KIOSK_PANEL);
    card.setAlignment(Pos.CENTER);
    card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    StackPane layer = layer("kioskWelcome", card);
    layer.visibleProperty().bind(model.welcomeProperty());
    layer.addEventHandler(
        MouseEvent.MOUSE_CLICKED,
        e -> {
          e.consume();
          model.begin();
        });
    layer.addEventHandler(
        TouchEvent.TOUCH_PRESSED,
        e -> {
          e.consume();
          model.begin();
        });
    return layer;
  }

  private StackPane stillReading(Messages messages) {
    Label question = new Label(messages.get("kiosk.stillReading"));
    question.getStyleClass().add(Styles.KIOSK_TITLE);
    Label countdown = new Label();
    countdown.setId("kioskCountdown");
    countdown.setWrapText(true);
    countdown
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("kiosk.countdown", model.secondsLeftProperty().get()),
                model.secondsLeftProperty()));
    Button keep = new Button(messages.get("kiosk.keepReading"));
    keep.setId("keepReadingButton");
    keep.getStyleClass().add(Styles.PRIMARY);
    keep.setOnAction(e -> model.activity());
    VBox card = new VBox(16, question, countdown, keep);
    card.getStyleClass().addAll(Styles.CARD, Styles.KIOSK_PANEL);
    card.setAlignment(Pos.CENTER);
    card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    StackPane layer = layer("stillReading", card);
    layer.visibleProperty().bind(model.askingProperty());
    return layer;
  }

  private static StackPane layer(String id, Node content) {
    StackPane layer = new StackPane(content);
    layer.setId(id);
    layer.getStyleClass().add(Styles.KIOSK_LAYER);
    return layer;
  }

  private void showPad() {
    pin.reset();
    padLayer.setVisible(true);
    pad.requestFocus();
  }

  private void hidePad() {
    pin.reset();
    padLayer.setVisible(false);
  }

  /** Closes the PIN pad: part of starting over. */
  public void reset() {
    hidePad();
  }
}
