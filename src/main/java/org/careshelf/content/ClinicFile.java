package org.careshelf.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code clinic.yaml}, the treatment center's details, reporting every problem as {@code
 * file:line: message}:
 *
 * <pre>
 * name: City Cancer Center
 * phones:
 *   - when: day or night
 *     number: 555-0100
 * emergency: In an emergency, call 911 or go to the nearest emergency room.
 * address: |
 *   1200 Main Street
 *   Springfield, IL 62701
 * notes: |
 *   **Parking** is free in the garage on Oak Street.
 * </pre>
 */
public final class ClinicFile {

  /** Far more than a center's details need. */
  static final int MAX_BYTES = 64 * 1024;

  static final int MAX_NAME = 100;
  static final int MAX_PHONES = 6;
  static final int MAX_NOTES = 4000;

  private static final Set<String> FIELDS =
      Set.of("name", "phones", "emergency", "address", "notes");

  /** What reading found: the clinic when the file has no problem, and every problem. */
  public record Result(Optional<Clinic> clinic, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  /** No clinic named in the settings: nothing to show and nothing wrong. */
  public static final Result NONE = new Result(Optional.empty(), List.of());

  private ClinicFile() {}

  /** Reads and checks {@code file}. */
  public static Result read(Path file) {
    String path = file.toString();
    List<Problem> problems = new ArrayList<>();
    Optional<String> text = text(file, path, problems);
    if (text.isEmpty()) {
      return new Result(Optional.empty(), problems);
    }
    Optional<Node> node = YamlFields.parse(text.get(), path, 1, problems);
    if (node.isEmpty()) {
      if (problems.isEmpty()) {
        problems.add(
            new Problem(
                path, 1, "the file is empty; it needs the center's name, phones and emergency"));
      }
      return new Result(Optional.empty(), problems);
    }
    Optional<YamlFields> fields = YamlFields.of(node.get(), "clinic.yaml", path, 1, problems);
    if (fields.isEmpty()) {
      return new Result(Optional.empty(), problems);
    }
    Clinic clinic = clinic(fields.get(), path, problems);
    return new Result(problems.isEmpty() ? Optional.of(clinic) : Optional.empty(), problems);
  }

  private static Clinic clinic(YamlFields f, String path, List<Problem> problems) {
    f.rejectUnknown(FIELDS);
    String name = f.requiredText("name");
    if (name != null && (name.length() > MAX_NAME || name.contains("\n"))) {
      problems.add(
          new Problem(
              path, f.line("name"), "the name is one line of at most " + MAX_NAME + " characters"));
    }
    List<Clinic.Phone> phones = new ArrayList<>();
    int before = problems.size();
    List<YamlFields> entries = f.mappingList("phones", "phone");
    if (entries.isEmpty() && problems.size() == before) {
      problems.add(new Problem(path, f.line("phones"), "phones needs at least one number"));
    }
    if (entries.size() > MAX_PHONES) {
      problems.add(
          new Problem(
              path,
              entries.get(MAX_PHONES).line(),
              "at most " + MAX_PHONES + " phones; keep those patients need"));
    }
    for (YamlFields phone : entries) {
      phone.rejectUnknown(Set.of("when", "number"));
      String when = phone.requiredText("when");
      String number = phone.requiredText("number");
      if (number != null && !isPhoneNumber(number)) {
        problems.add(
            new Problem(
                path,
                phone.line("number"),
                "'"
                    + number
                    + "' is not a phone number: digits, spaces, + ( ) . - and an"
                    + " extension, as in 555-0100 or +1 (217) 555-0100 ext. 12"));
      }
      phones.add(new Clinic.Phone(when, number));
    }
    String emergency = f.requiredText("emergency");
    String address = f.optionalText("address");
    String notes = f.optionalText("notes");
    if (notes != null && notes.length() > MAX_NOTES) {
      problems.add(
          new Problem(
              path,
              f.line("notes"),
              "the notes are "
                  + notes.length()
                  + " characters; keep them under "
                  + MAX_NOTES
                  + " (an article is the place for more)"));
    }
    return new Clinic(
        name, phones, emergency, address == null ? "" : address, notes == null ? "" : notes);
  }

  /** Digits with the usual punctuation, at least three of them, and maybe an extension. */
  static boolean isPhoneNumber(String number) {
    return number.matches("\\+?[0-9 ().\\-]+( ?(ext\\.?|x) ?[0-9]{1,6})?")
        && number.chars().filter(Character::isDigit).count() >= 3;
  }

  private static Optional<String> text(Path file, String path, List<Problem> problems) {
    try {
      if (!Files.isRegularFile(file)) {
        problems.add(
            new Problem(
                path,
                0,
                Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    ? "not a plain file"
                    : "there is no such file"));
        return Optional.empty();
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
      if (bytes.length > MAX_BYTES) {
        problems.add(new Problem(path, 1, "the file is larger than " + MAX_BYTES / 1024 + " KB"));
        return Optional.empty();
      }
      return Utf8.decode(path, bytes, problems)
          .map(t -> t.startsWith("\uFEFF") ? t.substring(1) : t);
    } catch (NoSuchFileException e) {
      problems.add(new Problem(path, 0, "there is no such file"));
    } catch (IOException e) {
      problems.add(new Problem(path, 0, "cannot read the file: " + e.getMessage()));
    }
    return Optional.empty();
  }
}
