package org.careshelf.ui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.careshelf.content.Clinic;

/**
 * The clinic's details in the reader's words: "Call City Cancer Center at 555-0100 (day or night)."
 * and the box that says it, with what to do in an emergency, under each care-team heading.
 */
public final class ClinicText {

  private ClinicText() {}

  /** "Call City Cancer Center at 555-0100 (weekdays) or 555-0199 (nights and weekends)." */
  public static String callSentence(Clinic clinic, Messages messages) {
    List<String> numbers =
        clinic.phones().stream()
            .map(p -> messages.get("clinic.phone", p.number(), p.when()))
            .toList();
    String joined =
        numbers.size() == 1
            ? numbers.get(0)
            : String.join(", ", numbers.subList(0, numbers.size() - 1))
                + messages.get("clinic.or")
                + numbers.get(numbers.size() - 1);
    return messages.get("clinic.call", clinic.name(), joined);
  }

  /** The call sentence and the emergency advice, as a box at the top of a care-team section. */
  public static VBox callBox(Clinic clinic, Messages messages) {
    Label call = label(callSentence(clinic, messages), Styles.CLINIC_CALL_TEXT);
    call.setId("clinicCall");
    Label emergency = label(clinic.emergency(), Styles.STRONG);
    emergency.getStyleClass().add(Styles.PAGE_TEXT);
    VBox box = new VBox(call, emergency);
    box.getStyleClass().add(Styles.CLINIC_CALL);
    box.setId("careTeamCall");
    box.setAccessibleText(call.getText() + " " + emergency.getText());
    return box;
  }

  private static Label label(String text, String style) {
    Label label = new Label(text);
    label.getStyleClass().add(style);
    label.setWrapText(true);
    label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    return label;
  }
}
