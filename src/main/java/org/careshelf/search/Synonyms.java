package org.careshelf.search;

import java.util.List;

/**
 * The patient's own words for what the library names otherwise: each line is a set of words and
 * phrases that find one another. Glossary terms and their aliases need no line here; the glossary
 * is read with the library.
 */
final class Synonyms {

  static final List<List<String>> SETS =
      List.of(
          List.of(
              "cost",
              "costs",
              "price",
              "prices",
              "expensive",
              "afford",
              "money",
              "pay",
              "paying",
              "bill",
              "bills",
              "financial",
              "fees"),
          List.of("tired", "tiredness", "exhausted", "exhaustion", "fatigue", "fatigued"),
          // Not "memory" or "thinking": words that rare would outrank the confusion ICANS brings.
          List.of(
              "brain fog",
              "foggy",
              "confusion",
              "confused",
              "forgetful",
              "concentrate",
              "concentration"),
          List.of("nausea", "nauseous", "vomit", "vomiting", "throwing up", "throw up", "puke"),
          List.of("temperature", "fever", "feverish"),
          // Patients and the news say "cytokine storm"; the glossary keeps the exact name.
          List.of("cytokine storm", "cytokine release syndrome"),
          List.of(
              "kid",
              "kids",
              "child",
              "children",
              "childhood",
              "pediatric",
              "paediatric",
              "son",
              "sons",
              "daughter",
              "daughters"),
          List.of("shot", "shots", "jab", "jabs", "vaccine", "vaccines", "vaccination"),
          List.of("doctor", "doctors", "physician", "oncologist", "hematologist"),
          List.of("hotel", "hotels", "lodging", "accommodation", "housing"),
          List.of("drive", "driving"),
          List.of("die", "dying", "death", "survival", "survive", "prognosis"),
          List.of(
              "blood test",
              "blood tests",
              "blood work",
              "bloodwork",
              "lab tests",
              "blood count",
              "blood counts"),
          List.of("germ", "germs", "infection", "infections"),
          List.of("cure", "cured", "remission"),
          List.of("come back", "comes back", "came back", "relapse"),
          List.of("trial", "trials", "study", "studies", "research"),
          List.of("pain", "painful", "ache", "aches", "hurt", "hurts", "sore"),
          List.of("eligible", "eligibility", "qualify", "qualifies", "candidate"),
          List.of("shaking", "shake", "shaky", "tremor", "tremors", "trembling"),
          List.of("handwriting", "write", "writing"),
          List.of("sleepy", "sleepiness", "drowsy"),
          List.of("loved one", "loved ones", "wife", "husband", "spouse"),
          List.of("machine", "machines", "machinery"),
          List.of("medicine", "medicines", "medication", "medications", "meds"),
          List.of("safe", "safely", "safety"),
          List.of(
              "counseling", "counselling", "counselor", "counselors", "therapist", "psychologist"),
          List.of("success", "successful", "results", "response"),
          List.of("job", "jobs", "work", "employment"),
          List.of("sad", "sadness", "depressed", "depression", "anxious", "anxiety", "worry"));

  private Synonyms() {}
}
