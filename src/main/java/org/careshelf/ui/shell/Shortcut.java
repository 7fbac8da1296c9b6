package org.careshelf.ui.shell;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Every keyboard shortcut of the reader: what registers them and what the help lists. */
public enum Shortcut {
  SEARCH("shortcut.search", combo(KeyCode.K, KeyCombination.SHORTCUT_DOWN)),
  FIND("shortcut.find", combo(KeyCode.F, KeyCombination.SHORTCUT_DOWN)),
  BACK("shortcut.back", combo(KeyCode.LEFT, KeyCombination.ALT_DOWN)),
  FORWARD("shortcut.forward", combo(KeyCode.RIGHT, KeyCombination.ALT_DOWN)),
  HOME("shortcut.home", combo(KeyCode.HOME, KeyCombination.ALT_DOWN)),
  BOOKMARK("shortcut.bookmark", combo(KeyCode.D, KeyCombination.SHORTCUT_DOWN)),
  BOOKMARKS("shortcut.bookmarks", combo(KeyCode.B, KeyCombination.SHORTCUT_DOWN)),
  GLOSSARY(
      "shortcut.glossary",
      combo(KeyCode.G, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
  LARGER(
      "shortcut.larger",
      combo(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
      // What "Ctrl and +" is on a US keyboard, where + is Shift and =.
      combo(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
      combo(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
      combo(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN)),
  SMALLER(
      "shortcut.smaller",
      combo(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
      combo(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN)),
  NORMAL_SIZE(
      "shortcut.normalSize",
      combo(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
      combo(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN)),
  NEXT_PART("shortcut.nextPart", combo(KeyCode.F6)),
  PRINT("shortcut.print", combo(KeyCode.P, KeyCombination.SHORTCUT_DOWN)),
  SAVE_PDF(
      "shortcut.savePdf",
      combo(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
  READ_ALOUD("shortcut.readAloud", combo(KeyCode.R, KeyCombination.SHORTCUT_DOWN)),
  STOP_READING(
      "shortcut.stopReading",
      combo(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
  HELP("shortcut.help", combo(KeyCode.F1)),
  FULL_SCREEN("shortcut.fullScreen", combo(KeyCode.F11)),
  QUIT("shortcut.quit", combo(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));

  private final String messageKey;
  private final List<KeyCombination> keys;

  Shortcut(String messageKey, KeyCombination... keys) {
    this.messageKey = messageKey;
    this.keys = List.of(keys);
  }

  /** The key of what the shortcut does, in the message bundle. */
  public String messageKey() {
    return messageKey;
  }

  /** The keys that trigger it; the first is the one shown in help. */
  public List<KeyCombination> keys() {
    return keys;
  }

  private static KeyCombination combo(KeyCode code, KeyCombination.Modifier... modifiers) {
    return new KeyCodeCombination(code, modifiers);
  }
}
