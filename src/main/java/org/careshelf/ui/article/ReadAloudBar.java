package org.careshelf.ui.article;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.careshelf.speech.Pace;
import org.careshelf.ui.Messages;
import org.careshelf.ui.Styles;

/**
 * The toolbar's read-aloud controls: Read aloud (then Pause, then Go on), Stop, and the speed.
 * Where the system has no speech, one button that says how to add a voice.
 */
public final class ReadAloudBar extends HBox {

  /**
   * {@code toggle} reads, pauses or goes on; {@code articleShown} enables it; {@code tell} shows
   * {@code missing}, how to add a voice, when the system has none.
   */
  public ReadAloudBar(
      ReadAloudViewModel model,
      Messages messages,
      Runnable toggle,
      ObservableBooleanValue articleShown,
      String missing,
      Consumer<String> tell) {
    getStyleClass().add(Styles.TOOLBAR_GROUP);
    setId("readAloudBar");
    Button read = new Button();
    read.setId("readAloudButton");
    read.setMinWidth(Region.USE_PREF_SIZE);
    if (!model.available()) {
      read.setText(messages.get("readAloud.missing.button"));
      read.setAccessibleText(missing);
      read.setOnAction(e -> tell.accept(missing));
      getChildren().add(read);
      return;
    }
    read.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    messages.get(
                        switch (model.stateProperty().get()) {
                          case SPEAKING -> "readAloud.pause";
                          case PAUSED -> "readAloud.resume";
                          case STOPPED -> "readAloud.start";
                        }),
                model.stateProperty()));
    read.setAccessibleText(messages.get("readAloud.label"));
    read.setOnAction(e -> toggle.run());
    read.disableProperty().bind(Bindings.not(articleShown));

    Button stop = new Button(messages.get("readAloud.stop"));
    stop.setId("stopReadingButton");
    stop.setMinWidth(Region.USE_PREF_SIZE);
    stop.setAccessibleText(messages.get("readAloud.stop.label"));
    stop.setOnAction(e -> model.stop());
    stop.disableProperty().bind(model.stateProperty().isEqualTo(ReadAloudViewModel.State.STOPPED));

    MenuButton pace = new MenuButton();
    pace.setId("paceButton");
    pace.setMinWidth(Region.USE_PREF_SIZE);
    pace.setAccessibleText(messages.get("readAloud.pace.label"));
    pace.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    messages.get("readAloud.pace", paceName(messages, model.paceProperty().get())),
                model.paceProperty()));
    ToggleGroup group = new ToggleGroup();
    for (Pace p : List.of(Pace.SLOWER, Pace.NORMAL, Pace.FASTER)) {
      RadioMenuItem item = new RadioMenuItem(paceName(messages, p));
      item.setId("pace-" + p.id());
      item.setToggleGroup(group);
      item.setSelected(model.paceProperty().get() == p);
      item.setOnAction(e -> model.setPace(p));
      model.paceProperty().addListener((obs, old, now) -> item.setSelected(now == p));
      pace.getItems().add(item);
    }
    getChildren().addAll(read, stop, pace);
  }

  private static String paceName(Messages messages, Pace pace) {
    return switch (pace) {
      case SLOWER -> messages.get("readAloud.pace.slower");
      case NORMAL -> messages.get("readAloud.pace.normal");
      case FASTER -> messages.get("readAloud.pace.faster");
    };
  }
}
