package org.careshelf.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The patient queries of {@code search/patient-queries.tsv}, each with the articles that answer it,
 * and the figures of how well a search engine finds them: hit@1, hit@3 and the mean reciprocal rank
 * of the first answering article, for the tuning part and the held-out part.
 */
public final class PatientQueries {

  /** The part of the file used while tuning the engine. */
  public static final String TUNE = "tune";

  /** The part of the file only measured, never tuned on. */
  public static final String HELD_OUT = "held-out";

  /** How many results are asked for: the reciprocal rank counts an answer in the first ten. */
  static final int LIMIT = 10;

  /** One query of the file: its part, its text, the ids of the articles that answer it. */
  public record Query(String part, String text, Set<String> answers, int line) {}

  /** The figures of a set of queries; {@code misses} are those without an answer in the top 3. */
  public record Figures(int queries, double hit1, double hit3, double mrr, List<String> misses) {

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "%d queries: hit@1 %.3f, hit@3 %.3f, MRR %.3f", queries, hit1, hit3, mrr);
    }
  }

  private PatientQueries() {}

  /** Every query of the file, in its order. */
  public static List<Query> all() {
    try (InputStream in =
        Objects.requireNonNull(
            PatientQueries.class.getResourceAsStream("/search/patient-queries.tsv"),
            "search/patient-queries.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      List<Query> queries = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        if (fields.length != 3 || !(fields[0].equals(TUNE) || fields[0].equals(HELD_OUT))) {
          throw new IllegalStateException("patient-queries.tsv:" + (i + 1) + ": bad line");
        }
        queries.add(
            new Query(
                fields[0], fields[1], Set.copyOf(Arrays.asList(fields[2].split(","))), i + 1));
      }
      return queries;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The queries of one part. */
  public static List<Query> part(String part) {
    return all().stream().filter(q -> q.part().equals(part)).toList();
  }

  /** How well {@code engine} answers {@code queries}. */
  public static Figures measure(SearchEngine engine, List<Query> queries) {
    int hit1 = 0;
    int hit3 = 0;
    double reciprocal = 0;
    List<String> misses = new ArrayList<>();
    for (Query query : queries) {
      List<SearchHit> hits = engine.search(query.text(), LIMIT).hits();
      int rank = 0;
      for (int i = 0; i < hits.size(); i++) {
        if (query.answers().contains(hits.get(i).articleId())) {
          rank = i + 1;
          break;
        }
      }
      hit1 += rank == 1 ? 1 : 0;
      hit3 += rank >= 1 && rank <= 3 ? 1 : 0;
      reciprocal += rank == 0 ? 0 : 1.0 / rank;
      if (rank == 0 || rank > 3) {
        misses.add(
            query.part()
                + ": "
                + query.text()
                + " -> "
                + hits.stream().limit(3).map(SearchHit::articleId).toList()
                + (rank == 0 ? "" : " (answer at " + rank + ")"));
      }
    }
    int n = Math.max(1, queries.size());
    return new Figures(
        queries.size(), hit1 / (double) n, hit3 / (double) n, reciprocal / n, misses);
  }

  /** The figures of both parts and of the whole file, one line each. */
  public static String report(SearchEngine engine) {
    return "tuned: "
        + measure(engine, part(TUNE))
        + "\nheld-out: "
        + measure(engine, part(HELD_OUT))
        + "\nwhole file: "
        + measure(engine, all());
  }
}
