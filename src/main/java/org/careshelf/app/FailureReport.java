package org.careshelf.app;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.function.Consumer;
import org.careshelf.ui.Failures;
import org.careshelf.ui.Messages;

/** The window's {@link Failures}: a sentence in the notice bar, one line in the log. */
final class FailureReport implements Failures {

  private static final Logger LOG = System.getLogger("org.careshelf");

  private final Messages messages;
  // Sentences told before the window can show them wait here, so none is lost to the reader.
  private final java.util.List<String> early = new java.util.ArrayList<>();
  private Consumer<String> notice = early::add;

  FailureReport(Messages messages) {
    this.messages = messages;
  }

  /** Where sentences go once the window can show them; those told before are shown first. */
  void showIn(Consumer<String> notice) {
    this.notice = notice;
    early.forEach(notice);
    early.clear();
  }

  @Override
  public void tell(String messageKey, Throwable cause) {
    log(messageKey, cause);
    notice.accept(messages.get(messageKey));
  }

  /**
   * For the one uncaught-exception handler: logs the cause and, on the FX thread, tells the reader
   * something went wrong.
   */
  void uncaught(Thread thread, Throwable cause) {
    log("uncaught on " + thread.getName(), cause);
    javafx.application.Platform.runLater(() -> notice.accept(messages.get("notice.unexpected")));
  }

  @Override
  public void log(String what, Throwable cause) {
    LOG.log(Level.WARNING, what + ": " + LogFile.describe(cause));
  }
}
