package org.careshelf.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careshelf.content.ArticleSummary;
import org.careshelf.content.GlossaryTerm;
import org.careshelf.content.Topic;
import org.careshelf.content.Words;
import org.careshelf.store.ContentStore;
import org.careshelf.store.IndexHit;
import org.careshelf.store.RankedRow;
import org.careshelf.store.StoreException;

/**
 * Searches the library in the reader's own words: forgiving of case, hyphens, accents and
 * misspellings, widening abbreviations and everyday words to the library's names, ranking titles
 * above glossary names, headings and summaries, and those above the body. Safe for any input: it
 * never throws, and SQLite only ever sees quoted words. Calls block on the store, so the reader's
 * window makes them off the FX thread.
 */
public final class SearchEngine {

  /** The number of results a search returns unless asked otherwise. */
  public static final int DEFAULT_LIMIT = 10;

  /**
   * BM25 weights of the index's columns: id (not searched), title, glossary names, headings,
   * summary, body.
   */
  static final double[] RANKING = {0.0, 10.0, 5.0, 3.0, 3.0, 1.0};

  /** Above this many matching articles, a fair sample of about this many is ranked. */
  static final int RANK_AT_MOST = 600;

  /** More words than this in one search are left out, so that a pasted page stays quick. */
  static final int MOST_GROUPS = 12;

  private static final String UNAVAILABLE =
      "Search is not working right now. Please try again, or restart CareShelf.";

  private final ContentStore store;
  private final Vocabulary vocabulary;
  private final PhraseBook phrases;
  private final List<Name> names = new ArrayList<>();
  private final Map<String, String> topicPaths = new HashMap<>();
  private final List<TopicSuggestion> suggestions = new ArrayList<>();

  private SearchEngine(
      ContentStore store,
      Vocabulary vocabulary,
      List<GlossaryTerm> glossary,
      List<Topic> topics,
      List<ArticleSummary> articles) {
    this.store = store;
    this.vocabulary = vocabulary;
    this.phrases = new PhraseBook(glossary, Synonyms.SETS);
    for (GlossaryTerm entry : glossary) {
      List<String> names = new ArrayList<>(entry.aliases());
      names.add(0, entry.term());
      for (String name : names) {
        List<String> words = Words.of(name);
        if (!words.isEmpty()) {
          this.names.add(new Name(words, String.join(" ", words).length(), entry));
        }
      }
    }
    Map<String, Topic> byId = new LinkedHashMap<>();
    topics.forEach(t -> byId.put(t.id(), t));
    for (Topic topic : topics) {
      List<String> titles = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Topic t = topic; t != null && seen.add(t.id()); t = byId.get(t.parentId())) {
        titles.add(0, t.title());
      }
      topicPaths.put(topic.id(), String.join(" \u203a ", titles));
    }
    for (Topic topic : topics) {
      if (topic.parentId() == null) {
        firstArticle(topic.id(), topics, articles)
            .ifPresent(id -> suggestions.add(new TopicSuggestion(topic.id(), topic.title(), id)));
      }
    }
  }

  /** Reads what the engine keeps in memory (the index's words, the glossary, the topics). */
  public static SearchEngine open(ContentStore store) {
    return new SearchEngine(
        store,
        new Vocabulary(store.indexWords()),
        store.glossary(),
        store.topics(),
        store.articleSummaries());
  }

  private static java.util.Optional<String> firstArticle(
      String topicId, List<Topic> topics, List<ArticleSummary> articles) {
    for (ArticleSummary a : articles) {
      if (a.topicId().equals(topicId)) {
        return java.util.Optional.of(a.id());
      }
    }
    return topics.stream()
        .filter(t -> topicId.equals(t.parentId()))
        .sorted(Comparator.comparingInt(Topic::order))
        .map(t -> firstArticle(t.id(), topics, articles))
        .flatMap(java.util.Optional::stream)
        .findFirst();
  }

  /** Searches for {@code query}, correcting words the library does not hold. */
  public SearchResults search(String query, int limit) {
    return search(query, limit, true);
  }

  /** Searches for {@code query} exactly as typed, without correcting its spelling. */
  public SearchResults searchAsTyped(String query, int limit) {
    return search(query, limit, false);
  }

  private SearchResults search(String query, int limit, boolean correct) {
    String text = query == null ? "" : query;
    try {
      return find(text, Math.max(1, Math.min(limit, 1000)), correct);
    } catch (StoreException e) {
      return new SearchResults(
          text, null, List.of(), false, null, List.of(), WordMatcher.NONE, UNAVAILABLE);
    }
  }

  private SearchResults find(String text, int limit, boolean correct) {
    List<QueryText.Word> typed = QueryText.words(text);
    if (typed.isEmpty()) {
      return SearchResults.empty(text);
    }
    List<QueryText.Word> words = correct ? corrected(typed) : typed;
    String correction = correct ? correctionText(text, typed, words) : null;
    List<Group> groups = groups(words);
    if (groups.isEmpty()) {
      return SearchResults.empty(text);
    }
    // A group no indexed word can match makes the all-words search pointless.
    List<Group> findable =
        groups.stream().filter(g -> mostMatches(List.of(g), " OR ") > 0).toList();
    List<IndexHit> found =
        findable.size() == groups.size() ? ranked(groups, " AND ", limit) : List.of();
    boolean partial = false;
    if (found.isEmpty() && groups.size() > 1 && !findable.isEmpty()) {
      found = ranked(findable, " OR ", limit);
      partial = !found.isEmpty();
    }
    List<SearchHit> hits = new ArrayList<>();
    for (IndexHit hit : found) {
      hits.add(
          new SearchHit(
              hit.id(),
              MarkedText.fromStore(hit.markedTitle()),
              topicPaths.getOrDefault(hit.topicId(), ""),
              -hit.rank(),
              snippet(hit)));
    }
    GlossaryTerm definition = definition(groups, words);
    return new SearchResults(
        text,
        correction,
        hits,
        partial,
        definition,
        hits.isEmpty() && definition == null ? suggestions : List.of(),
        matcher(groups),
        null);
  }

  /**
   * The articles matching the groups, those with every word in their title first (FTS5's bm25
   * normalises by the length of the whole article, so a title match alone does not always win), in
   * bm25 order of their titles, then the others in weighted bm25 order.
   */
  private List<IndexHit> ranked(List<Group> groups, String operator, int limit) {
    String match = match(groups, operator);
    long most = mostMatches(groups, operator);
    List<RankedRow> rows = new ArrayList<>(store.titleRows(match, limit));
    if (rows.size() < limit) {
      Set<Long> seen = new HashSet<>();
      rows.forEach(r -> seen.add(r.row()));
      String all = most <= RANK_AT_MOST ? match : match(byKeys(groups), operator);
      for (RankedRow row : store.matchingRows(all, RANKING, limit + rows.size(), step(most))) {
        if (rows.size() < limit && seen.add(row.row())) {
          rows.add(row);
        }
      }
    }
    return store.hits(match, rows);
  }

  /**
   * How many rows to step over between those ranked: 1 (rank every row) unless more than {@link
   * #RANK_AT_MOST} match, when a fair sample of about that many is ranked. BM25 cannot tell such
   * common words apart anyway: FTS5 gives a word in over half the articles almost no weight, and
   * ranking every one of thousands of rows would take tens of milliseconds.
   */
  private static int step(long matches) {
    return matches <= RANK_AT_MOST
        ? 1
        : (int) Math.min(Integer.MAX_VALUE, (matches + RANK_AT_MOST - 1) / RANK_AT_MOST);
  }

  /**
   * The groups with each glossary entry found by its {@link Words#glossaryKey key} alone: a common
   * entry's names are phrases of common words ("red blood cells"), and matching them in every
   * article is what makes such a search slow. Only for ranking a sample, where the key finds the
   * same articles (a word still being typed is kept: it may start a longer word than the names).
   */
  private static List<Group> byKeys(List<Group> groups) {
    List<Group> keyed = new ArrayList<>();
    for (Group group : groups) {
      if (group.entry() == null) {
        keyed.add(group);
        continue;
      }
      List<Alternative> alternatives = new ArrayList<>();
      alternatives.add(new Alternative(List.of(Words.glossaryKey(group.entry().term())), false));
      group.alternatives().stream().filter(Alternative::typing).forEach(alternatives::add);
      keyed.add(new Group(alternatives, group.entry(), group.length()));
    }
    return keyed;
  }

  /** An upper bound of the articles matching the groups, from the index's word counts. */
  private long mostMatches(List<Group> groups, String operator) {
    long most = operator.equals(" AND ") ? Long.MAX_VALUE : 0;
    for (Group group : groups) {
      long inGroup = 0;
      for (Alternative a : group.alternatives()) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < a.words().size(); i++) {
          String word = a.words().get(i);
          boolean prefix = a.typing() && i == a.words().size() - 1;
          fewest =
              Math.min(
                  fewest, prefix ? vocabulary.articlesWithPrefix(word) : vocabulary.articles(word));
        }
        inGroup += fewest;
      }
      if (group.entry() != null && group.alternatives().stream().noneMatch(Alternative::typing)) {
        inGroup = Math.min(inGroup, vocabulary.articles(Words.glossaryKey(group.entry().term())));
      }
      most = operator.equals(" AND ") ? Math.min(most, inGroup) : most + inGroup;
    }
    return most;
  }

  private static MarkedText snippet(IndexHit hit) {
    MarkedText body = MarkedText.fromStore(hit.bodySnippet());
    if (body.hasMarks()) {
      return body;
    }
    return MarkedText.fromStore(hit.summarySnippet());
  }

  // ---- spelling

  /** The words with each one the library does not hold replaced by its closest indexed word. */
  private List<QueryText.Word> corrected(List<QueryText.Word> typed) {
    boolean[] named = namedByPhrases(typed);
    List<QueryText.Word> result = new ArrayList<>(typed);
    for (int i = 0; i < result.size(); i++) {
      QueryText.Word word = result.get(i);
      if (named[i] || isKnown(word) || !isCorrectable(word.word())) {
        continue;
      }
      String split = split(word.word());
      if (split != null) {
        result.set(i, word.withWord(split));
        continue;
      }
      String best = closest(result, i);
      if (best != null) {
        result.set(i, word.withWord(best));
      }
    }
    return result;
  }

  private boolean[] namedByPhrases(List<QueryText.Word> words) {
    boolean[] named = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      PhraseBook.Found found = phrases.longestAt(words, i);
      if (found != null) {
        for (int j = i; j < i + found.length(); j++) {
          named[j] = true;
        }
      }
    }
    return named;
  }

  private boolean isKnown(QueryText.Word word) {
    return vocabulary.contains(word.word()) || (word.typing() && vocabulary.hasPrefix(word.word()));
  }

  private static boolean isCorrectable(String word) {
    return word.length() >= 3
        && word.length() < QueryText.LONGEST_WORD
        && !StopWords.contains(word)
        && word.chars().allMatch(Character::isLetter);
  }

  /** Two indexed words run together ("lymphnode"), as "lymph node", or null. */
  private String split(String word) {
    String best = null;
    int bestCount = 0;
    for (int k = 2; k <= word.length() - 2; k++) {
      String left = word.substring(0, k);
      String right = word.substring(k);
      int count = Math.min(vocabulary.articles(left), vocabulary.articles(right));
      if (count > bestCount && !StopWords.contains(left) && !StopWords.contains(right)) {
        best = left + " " + right;
        bestCount = count;
      }
    }
    return best;
  }

  /**
   * The indexed word closest to word {@code at}: fewest edits, then the one that most often stands
   * next to its neighbours in the library ("cytokine relase" is "cytokine release", not "relapse"),
   * then the most common.
   */
  private String closest(List<QueryText.Word> words, int at) {
    String typed = words.get(at).word();
    int max = typed.length() <= 5 ? 1 : 2;
    List<Vocabulary.Suggestion> found =
        vocabulary.closest(typed, max, words.get(at).typing()).stream()
            .filter(s -> s.distance() < 2 || s.word().charAt(0) == typed.charAt(0))
            .toList();
    if (found.isEmpty()) {
      return null;
    }
    int distance = found.get(0).distance();
    boolean start = found.get(0).start();
    List<Vocabulary.Suggestion> nearest =
        found.stream()
            .filter(s -> s.distance() == distance && s.start() == start)
            .limit(4)
            .toList();
    if (nearest.size() == 1) {
      return nearest.get(0).word();
    }
    QueryText.Word before = neighbour(words, at, -1);
    QueryText.Word after = neighbour(words, at, +1);
    if (before == null && after == null) {
      return nearest.get(0).word();
    }
    String best = nearest.get(0).word();
    int bestCount = 0;
    for (Vocabulary.Suggestion s : nearest) {
      int count = 0;
      if (before != null) {
        count += store.countMatches(phrase(List.of(before.word(), s.word()), false));
      }
      if (after != null) {
        count += store.countMatches(phrase(List.of(s.word(), after.word()), after.typing()));
      }
      if (count > bestCount) {
        best = s.word();
        bestCount = count;
      }
    }
    return best;
  }

  private static QueryText.Word neighbour(List<QueryText.Word> words, int at, int step) {
    for (int i = at + step; i >= 0 && i < words.size(); i += step) {
      QueryText.Word word = words.get(i);
      if (!StopWords.contains(word.word())) {
        return word.word().contains(" ") ? null : word;
      }
    }
    return null;
  }

  /** The typed text with each corrected word replaced, or null when nothing was corrected. */
  private static String correctionText(
      String text, List<QueryText.Word> typed, List<QueryText.Word> corrected) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    boolean changed = false;
    for (int i = 0; i < typed.size(); i++) {
      QueryText.Word before = typed.get(i);
      QueryText.Word after = corrected.get(i);
      if (!before.word().equals(after.word())) {
        out.append(text, at, before.start()).append(after.word());
        at = before.end();
        changed = true;
      }
    }
    if (!changed) {
      return null;
    }
    int end = typed.get(typed.size() - 1).end();
    return out.append(text, at, end).toString().strip();
  }

  // ---- the query

  /** Words that must all be found; each may be found in any of its alternative forms. */
  private record Group(List<Alternative> alternatives, GlossaryTerm entry, int length) {}

  /** One form of a group: a word or phrase, the last word perhaps still being typed. */
  private record Alternative(List<String> words, boolean typing) {}

  private List<Group> groups(List<QueryText.Word> corrected) {
    List<QueryText.Word> words = new ArrayList<>();
    for (QueryText.Word word : corrected) {
      if (word.word().contains(" ")) {
        for (String part : word.word().split(" ")) {
          words.add(new QueryText.Word(part, part, word.start(), word.end(), false));
        }
      } else {
        words.add(word);
      }
    }
    boolean onlyLittleWords = words.stream().allMatch(w -> StopWords.contains(w.word()));
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < words.size() && groups.size() < MOST_GROUPS; ) {
      QueryText.Word word = words.get(i);
      PhraseBook.Found found = phrases.longestAt(words, i);
      if (found != null) {
        Set<Alternative> alternatives = new LinkedHashSet<>();
        if (found.length() == 1 && word.typing()) {
          alternatives.add(new Alternative(List.of(word.word()), true));
        }
        found.alternatives().forEach(a -> alternatives.add(new Alternative(a, false)));
        groups.add(new Group(List.copyOf(alternatives), found.entry(), found.length()));
        i += found.length();
        continue;
      }
      if (onlyLittleWords || !StopWords.contains(word.word())) {
        groups.add(
            new Group(List.of(new Alternative(List.of(word.word()), word.typing())), null, 1));
      }
      i++;
    }
    return groups;
  }

  private static String match(List<Group> groups, String operator) {
    List<String> parts = new ArrayList<>();
    for (Group group : groups) {
      List<String> alternatives = new ArrayList<>();
      for (Alternative a : group.alternatives()) {
        alternatives.add(phrase(a.words(), a.typing()));
      }
      parts.add(
          alternatives.size() == 1
              ? alternatives.get(0)
              : "(" + String.join(" OR ", alternatives) + ")");
    }
    return String.join(operator, parts);
  }

  /**
   * One FTS5 string: the words, double quotes doubled, within double quotes, so that nothing in
   * them (AND, NEAR, *, ^, :, brackets) is read as query syntax; a trailing * makes the last word a
   * prefix.
   */
  static String phrase(List<String> words, boolean typing) {
    String quoted = "\"" + String.join(" ", words).replace("\"", "\"\"") + "\"";
    return typing ? quoted + "*" : quoted;
  }

  private static WordMatcher matcher(List<Group> groups) {
    Set<String> words = new HashSet<>();
    Set<String> prefixes = new HashSet<>();
    for (Group group : groups) {
      for (Alternative a : group.alternatives()) {
        for (int i = 0; i < a.words().size(); i++) {
          boolean last = i == a.words().size() - 1;
          (last && a.typing() ? prefixes : words).add(a.words().get(i));
        }
      }
    }
    return new WordMatcher(words, prefixes);
  }

  // ---- the glossary card

  /**
   * The glossary entry the query names: the shortest name that the whole query is, or begins (while
   * the last word is being typed, that word may be the start of the name's word); failing that, the
   * entry named by the longest phrase in the query.
   */
  private GlossaryTerm definition(List<Group> groups, List<QueryText.Word> words) {
    List<String> query = new ArrayList<>();
    for (QueryText.Word w : words) {
      for (String part : w.word().split(" ")) {
        if (!StopWords.contains(part) || words.size() == 1) {
          query.add(part);
        }
      }
    }
    boolean typing = words.get(words.size() - 1).typing();
    GlossaryTerm shortest = null;
    int shortestLength = Integer.MAX_VALUE;
    if (!query.isEmpty() && String.join("", query).length() >= 3) {
      for (Name name : names) {
        if (name.length() < shortestLength && begins(name.words(), query, typing)) {
          shortest = name.entry();
          shortestLength = name.length();
        }
      }
    }
    if (shortest != null) {
      return shortest;
    }
    Group best = null;
    for (Group group : groups) {
      if (group.entry() != null && (best == null || group.length() > best.length())) {
        best = group;
      }
    }
    return best == null ? null : best.entry();
  }

  private static boolean begins(List<String> name, List<String> query, boolean typing) {
    if (name.size() < query.size()) {
      return false;
    }
    int last = query.size() - 1;
    for (int i = 0; i < last; i++) {
      if (!name.get(i).equals(query.get(i))) {
        return false;
      }
    }
    String word = name.get(last);
    boolean whole = name.size() == query.size() && word.equals(query.get(last));
    return whole
        || (typing && query.get(last).length() >= 3 && word.startsWith(query.get(last)))
        || (name.size() > query.size() && word.equals(query.get(last)));
  }

  /** A glossary name as folded words, with its length in letters. */
  private record Name(List<String> words, int length, GlossaryTerm entry) {}
}
