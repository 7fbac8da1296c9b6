package org.careshelf.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.careshelf.handout.Handout;
import org.careshelf.handout.HandoutPdf;
import org.careshelf.handout.Handouts;
import org.careshelf.handout.Paper;
import org.careshelf.handout.Question;
import org.careshelf.handout.TypeSize;
import org.careshelf.library.LibraryReader;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Messages;

/**
 * The window's handouts: the library and the reader's bookmarks are read on the storage thread, the
 * PDF is set on the paper thread, so neither the FX thread nor the database waits on the other.
 */
final class HandoutMaker {

  private final CompletableFuture<LibraryReader> library;
  private final CompletableFuture<UserStore> user;
  private final Executor storage;
  private final Executor paper;
  private final Messages messages;
  private final java.util.function.Supplier<Optional<org.careshelf.content.Clinic>> clinic;

  HandoutMaker(
      CompletableFuture<LibraryReader> library,
      CompletableFuture<UserStore> user,
      Executor storage,
      Executor paper,
      Messages messages,
      java.util.function.Supplier<Optional<org.careshelf.content.Clinic>> clinic) {
    this.library = library;
    this.user = user;
    this.storage = storage;
    this.paper = paper;
    this.messages = messages;
    // Asked for each handout: clinic.yaml is read after the window opens.
    this.clinic = clinic;
  }

  /**
   * The clinic's numbers as a handout prints them at the top of "When to call your care team": each
   * number with when to call it, then what to do in an emergency.
   */
  static Optional<org.careshelf.handout.CareTeamContact> contact(
      Optional<org.careshelf.content.Clinic> clinic) {
    return clinic.map(
        c -> {
          List<String> lines = new java.util.ArrayList<>();
          for (org.careshelf.content.Clinic.Phone phone : c.phones()) {
            lines.add(phone.when() + ": " + phone.number());
          }
          if (!c.emergency().isBlank()) {
            lines.add(c.emergency());
          }
          return new org.careshelf.handout.CareTeamContact(c.name(), lines);
        });
  }

  /** The PDF of the handout {@code id}, printed today. */
  CompletableFuture<byte[]> pdf(String id, Paper sheet, TypeSize size) {
    return library
        .thenCombine(user, (l, u) -> new Object[] {l, u})
        .thenApplyAsync(both -> find((LibraryReader) both[0], (UserStore) both[1], id), storage)
        .thenApplyAsync(found -> write(found, sheet, size), paper);
  }

  private List<Handout> find(LibraryReader library, UserStore user, String id) {
    List<Question> bookmarks =
        id.equals(Handouts.MY_QUESTIONS)
            ? user.bookmarks().stream()
                .map(b -> new Question(b.title(), b.note() == null ? "" : b.note()))
                .toList()
            : List.of();
    try {
      return new Handouts(messages, contact(clinic.get())).forIds(library, List.of(id), bookmarks);
    } catch (Handouts.UnknownIds e) {
      throw new CompletionException(e);
    }
  }

  private byte[] write(List<Handout> found, Paper sheet, TypeSize size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new HandoutPdf(messages).write(found, sheet, size, LocalDate.now(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
