package org.careshelf.speech;

import java.util.Arrays;
import java.util.Optional;

/** How fast read aloud speaks: the three speeds a reader can choose, normal to begin with. */
public enum Pace {
  SLOWER("slower", 140),
  NORMAL("normal", 175),
  FASTER("faster", 215);

  private final String id;
  private final int wordsPerMinute;

  Pace(String id, int wordsPerMinute) {
    this.id = id;
    this.wordsPerMinute = wordsPerMinute;
  }

  /** The pace's name in settings and on the command line. */
  public String id() {
    return id;
  }

  /** About how many words a minute; espeak-ng's and macOS's rate is given in these. */
  public int wordsPerMinute() {
    return wordsPerMinute;
  }

  /** How far this pace is from normal, from -1 (slower) to 1 (faster). */
  public int step() {
    return ordinal() - NORMAL.ordinal();
  }

  /** The pace named {@code id}, if there is one. */
  public static Optional<Pace> of(String id) {
    return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
  }
}
