package org.careshelf.ui.glossary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.careshelf.library.ArticleSummary;
import org.careshelf.library.GlossaryTerm;
import org.careshelf.library.LibraryReader;
import org.careshelf.ui.Async;

/** The glossary: every term, filtered as the reader types, with the articles each appears in. */
public final class GlossaryViewModel {

  private final ObservableList<GlossaryTerm> terms = FXCollections.observableArrayList();
  private final FilteredList<GlossaryTerm> shown = new FilteredList<>(terms);
  private final StringProperty filter = new SimpleStringProperty("");
  private final ReadOnlyObjectWrapper<GlossaryTerm> selected = new ReadOnlyObjectWrapper<>();
  private Map<String, List<ArticleSummary>> appearances = Map.of();
  private String pending;

  public GlossaryViewModel(CompletableFuture<LibraryReader> library, Async async) {
    filter.addListener((obs, old, text) -> shown.setPredicate(term -> matches(term, text)));
    async.call(
        library,
        store -> new Loaded(store.glossary(), store.glossaryAppearances()),
        loaded -> {
          appearances = loaded.appearances();
          terms.setAll(loaded.terms());
          if (pending != null) {
            select(pending);
          }
        },
        async.telling("glossary.failed"));
  }

  private record Loaded(List<GlossaryTerm> terms, Map<String, List<ArticleSummary>> appearances) {}

  /** The terms that match the filter, alphabetically. */
  public ObservableList<GlossaryTerm> shownTerms() {
    return shown;
  }

  /** What the reader typed to narrow the list. */
  public StringProperty filterProperty() {
    return filter;
  }

  /** The term the reader asked for, by name or alias; null until one is. */
  public ReadOnlyObjectProperty<GlossaryTerm> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  /** The first letters that begin at least one shown term, for the A-Z bar. */
  public SortedSet<Character> letters() {
    SortedSet<Character> letters = new TreeSet<>();
    shown.forEach(t -> letters.add(firstLetter(t)));
    return letters;
  }

  /** The first shown term starting with {@code letter}. */
  public Optional<GlossaryTerm> firstWith(char letter) {
    return shown.stream().filter(t -> firstLetter(t) == Character.toUpperCase(letter)).findFirst();
  }

  /** Selects a term by its name or one of its aliases, clearing a filter that would hide it. */
  public void select(String nameOrAlias) {
    if (terms.isEmpty()) {
      pending = nameOrAlias;
      return;
    }
    pending = null;
    find(nameOrAlias)
        .ifPresent(
            term -> {
              if (!shown.contains(term)) {
                filter.set("");
              }
              selected.set(term);
            });
  }

  /** The term named {@code nameOrAlias}, ignoring case. */
  public Optional<GlossaryTerm> find(String nameOrAlias) {
    String key = nameOrAlias.strip().toLowerCase(Locale.ROOT);
    return terms.stream()
        .filter(t -> t.names().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(key)))
        .findFirst();
  }

  /** The articles that link to a term, in reading order. */
  public List<ArticleSummary> appearsIn(GlossaryTerm term) {
    return appearances.getOrDefault(term.term(), List.of());
  }

  private static boolean matches(GlossaryTerm term, String text) {
    String query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (query.isEmpty()) {
      return true;
    }
    return term.names().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(query))
        || term.definition().toLowerCase(Locale.ROOT).contains(query);
  }

  private static char firstLetter(GlossaryTerm term) {
    char c = Character.toUpperCase(term.term().charAt(0));
    return Character.isLetter(c) ? c : '#';
  }

  /** Clears the filter and the chosen term: for kiosks, between readers. */
  public void reset() {
    filter.set("");
    selected.set(null);
    pending = null;
  }
}
