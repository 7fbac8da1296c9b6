package org.careshelf.content;

import java.util.List;

/**
 * The reader's own treatment center, as an administrator describes it in {@code clinic.yaml}: a
 * plain record the home page, each care-team section and a handout can all show.
 *
 * @param name the center's name, as "City Cancer Center"
 * @param phones the numbers to call, each with when to call it, at least one
 * @param emergency what to do in an emergency, one or two sentences
 * @param address the center's address, lines separated by {@code \n}; empty when not given
 * @param notes short notes in Markdown (parking, lodging, the CAR T team); empty when not given
 */
public record Clinic(
    String name, List<Phone> phones, String emergency, String address, String notes) {

  public Clinic {
    phones = List.copyOf(phones);
  }

  /** A number to call and when: "555-0100", "weekdays, 8 a.m. to 5 p.m.". */
  public record Phone(String when, String number) {}
}
