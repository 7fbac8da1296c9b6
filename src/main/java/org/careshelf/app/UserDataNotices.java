package org.careshelf.app;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.careshelf.store.UserDataState;
import org.careshelf.store.UserDataState.Cause;
import org.careshelf.store.UserStore;
import org.careshelf.ui.Messages;

/**
 * Tells the reader, in one plain sentence, what became of their saved data when it opened (set
 * aside and recovered, or kept only until CareShelf closes, and why), and why a reading place could
 * not be saved later, once for each cause.
 */
final class UserDataNotices {

  private final Messages messages;
  private final Consumer<String> notice;
  private final Set<Cause> told = EnumSet.noneOf(Cause.class);

  UserDataNotices(Messages messages, Consumer<String> notice) {
    this.messages = messages;
    this.notice = notice;
  }

  /** Watches {@code user}; {@code notice} runs on {@code fx} with each sentence to show. */
  static void watch(
      CompletableFuture<UserStore> user, Messages messages, Consumer<String> notice, Executor fx) {
    UserDataNotices notices = new UserDataNotices(messages, notice);
    user.whenCompleteAsync(
        (store, failure) -> {
          if (failure != null) {
            System.getLogger("org.careshelf")
                .log(
                    System.Logger.Level.WARNING,
                    "notice.userDataFailed: " + LogFile.describe(failure));
            notice.accept(messages.get("notice.userDataFailed"));
            return;
          }
          notices.opened(store.state()).ifPresent(notice);
          store.onFailedSave(cause -> fx.execute(() -> notices.failedSave(cause)));
        },
        fx);
  }

  /** The sentence for how the data was found, or empty when all is well. */
  Optional<String> opened(UserDataState state) {
    String aside = state.setAsideFile().map(p -> p.getFileName().toString()).orElse("");
    UserDataState.Recovered recovered = state.recovered();
    String sentence =
        switch (state.cause()) {
          case NONE -> null;
          case BUSY -> messages.get("notice.userData.busy");
          case READ_ONLY -> messages.get("notice.userData.readOnly");
          case NO_ACCESS -> messages.get("notice.userData.noAccess");
          case DISK_FULL -> messages.get("notice.userData.diskFull");
          case NOT_A_FOLDER -> messages.get("notice.userData.notAFolder");
          case NEWER_VERSION -> messages.get("notice.userData.newer");
          case DAMAGED ->
              recovered.total() == 0
                  ? messages.get("notice.userDataReset", aside)
                  : messages.get(
                      "notice.userData.recovered",
                      recovered.bookmarks(),
                      recovered.places() + recovered.settings(),
                      aside);
          case LOG_DAMAGED ->
              messages.get("notice.userData.logDamaged", recovered.bookmarks(), aside);
          case FAILED -> messages.get("notice.userDataFailed");
        };
    if (state.cause() != Cause.NONE) {
      told.add(state.cause());
    }
    return Optional.ofNullable(sentence);
  }

  /** Says once per cause why a change could not be saved; a cause already told is not repeated. */
  void failedSave(Cause cause) {
    if (!told.add(cause)) {
      return;
    }
    notice.accept(
        switch (cause) {
          case DISK_FULL -> messages.get("notice.saveFailed.diskFull");
          case READ_ONLY -> messages.get("notice.saveFailed.readOnly");
          case BUSY -> messages.get("notice.saveFailed.busy");
          default -> messages.get("notice.saveFailed");
        });
  }
}
