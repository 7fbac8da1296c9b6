package org.careshelf.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Failures kept for a test to look at: the sentences told and the causes logged. */
public final class RecordedFailures implements Failures {

  /** The message keys told to the reader, in order. */
  public final List<String> told = new CopyOnWriteArrayList<>();

  /** What was logged, told or not, in order. */
  public final List<String> logged = new CopyOnWriteArrayList<>();

  @Override
  public void tell(String messageKey, Throwable cause) {
    told.add(messageKey);
    log(messageKey, cause);
  }

  @Override
  public void log(String what, Throwable cause) {
    logged.add(what);
  }
}
