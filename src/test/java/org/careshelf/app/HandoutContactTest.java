package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.careshelf.content.Clinic;
import org.careshelf.handout.CareTeamContact;
import org.junit.jupiter.api.Test;

/** The clinic's details as every handout prints them under "When to call your care team". */
class HandoutContactTest {

  @Test
  void eachNumberWithWhenToCallItThenTheEmergencyAdvice() {
    Clinic clinic =
        new Clinic(
            "City Cancer Center",
            List.of(
                new Clinic.Phone("Weekdays, 8 a.m. to 5 p.m.", "555-0100"),
                new Clinic.Phone("Nights and weekends", "555-0199")),
            "In an emergency, call 911.",
            "",
            "");

    Optional<CareTeamContact> contact = HandoutMaker.contact(Optional.of(clinic));

    assertThat(contact).isPresent();
    assertThat(contact.get().name()).isEqualTo("City Cancer Center");
    assertThat(contact.get().lines())
        .containsExactly(
            "Weekdays, 8 a.m. to 5 p.m.: 555-0100",
            "Nights and weekends: 555-0199",
            "In an emergency, call 911.");
    assertThat(HandoutMaker.contact(Optional.empty())).isEmpty();
  }
}
