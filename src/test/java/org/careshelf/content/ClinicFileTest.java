package org.careshelf.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClinicFileTest {

  @TempDir Path dir;

  static final String GOOD =
      """
      name: City Cancer Center
      phones:
        - when: weekdays, 8 a.m. to 5 p.m.
          number: 555-0100
        - when: nights and weekends
          number: +1 (217) 555-0199 ext. 12
      emergency: In an emergency, call 911 or go to the nearest emergency room.
      address: |
        1200 Main Street
        Springfield, IL 62701
      notes: |
        **Parking** is free in the Oak Street garage.
      """;

  ClinicFile.Result read(String text) throws Exception {
    Path file = dir.resolve("clinic.yaml");
    Files.writeString(file, text);
    return ClinicFile.read(file);
  }

  List<String> problems(String text) throws Exception {
    return read(text).problems().stream().map(Problem::toString).toList();
  }

  @Test
  void readsEveryField() throws Exception {
    ClinicFile.Result result = read(GOOD);

    assertThat(result.problems()).isEmpty();
    Clinic clinic = result.clinic().orElseThrow();
    assertThat(clinic.name()).isEqualTo("City Cancer Center");
    assertThat(clinic.phones())
        .containsExactly(
            new Clinic.Phone("weekdays, 8 a.m. to 5 p.m.", "555-0100"),
            new Clinic.Phone("nights and weekends", "+1 (217) 555-0199 ext. 12"));
    assertThat(clinic.emergency()).startsWith("In an emergency");
    assertThat(clinic.address()).isEqualTo("1200 Main Street\nSpringfield, IL 62701");
    assertThat(clinic.notes()).contains("**Parking**");
  }

  @Test
  void addressAndNotesMayBeLeftOut() throws Exception {
    Clinic clinic =
        read("""
                name: City Cancer Center
                phones:
                  - when: day or night
                    number: 555-0100
                emergency: Call 911.
                """)
            .clinic()
            .orElseThrow();
    assertThat(clinic.address()).isEmpty();
    assertThat(clinic.notes()).isEmpty();
  }

  @Test
  void everyProblemIsNamedWithItsFileAndLine() throws Exception {
    String file = dir.resolve("clinic.yaml").toString();
    List<String> problems =
        problems(
            """
            nmae: City Cancer Center
            phones:
              - when: day or night
                number: call us
              - number: 555-0100
            """);
    assertThat(problems)
        .containsExactlyInAnyOrder(
            file + ":1: unknown field 'nmae'",
            file + ":1: missing field 'name'",
            file
                + ":4: 'call us' is not a phone number: digits, spaces, + ( ) . - and an"
                + " extension, as in 555-0100 or +1 (217) 555-0100 ext. 12",
            file + ":5: missing field 'when'",
            file + ":1: missing field 'emergency'");
    assertThat(read("name: x\n").clinic()).isEmpty();
  }

  @Test
  void noPhonesAtAllIsAProblem() throws Exception {
    assertThat(problems("name: A\nphones: []\nemergency: Call 911.\n"))
        .singleElement()
        .asString()
        .endsWith(":2: phones needs at least one number");
  }

  @Test
  void aFileThatIsNotYamlOrNotAMappingOrMissingIsOneProblem() throws Exception {
    assertThat(problems("name: [unclosed\n")).singleElement().asString().contains("invalid YAML");
    assertThat(problems("- a list\n")).singleElement().asString().contains("clinic.yaml must be");
    assertThat(problems("")).singleElement().asString().contains("the file is empty");
    assertThat(ClinicFile.read(dir.resolve("absent.yaml")).problems())
        .singleElement()
        .asString()
        .endsWith(":0: there is no such file");
    assertThat(ClinicFile.read(dir).problems())
        .singleElement()
        .asString()
        .endsWith("not a plain file");
  }

  @Test
  void aNameOnManyLinesOrNotesTooLongAreRefused() throws Exception {
    String notes = "x".repeat(ClinicFile.MAX_NOTES + 1);
    assertThat(
            problems(
                "name: |\n  Two\n  lines\nphones:\n  - when: any\n    number: 555-0100\n"
                    + "emergency: Call 911.\nnotes: "
                    + notes
                    + "\n"))
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).contains(":1: the name is one line"))
        .anySatisfy(p -> assertThat(p).contains(":8: the notes are 4001 characters"));
  }

  @Test
  void phoneNumbers() {
    assertThat(ClinicFile.isPhoneNumber("555-0100")).isTrue();
    assertThat(ClinicFile.isPhoneNumber("+44 20 7946 0958")).isTrue();
    assertThat(ClinicFile.isPhoneNumber("(217) 555.0100 x7")).isTrue();
    assertThat(ClinicFile.isPhoneNumber("911")).isTrue();
    assertThat(ClinicFile.isPhoneNumber("12")).isFalse();
    assertThat(ClinicFile.isPhoneNumber("555-CALL")).isFalse();
    assertThat(ClinicFile.isPhoneNumber("555-0100; rm -rf")).isFalse();
  }
}
