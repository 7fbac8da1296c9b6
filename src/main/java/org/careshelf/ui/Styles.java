package org.careshelf.ui;

/**
 * The style classes the window's nodes carry, each styled by a rule in the theme's style sheets
 * ({@code StylesTest} checks it), so that a name is never misspelt in one place.
 */
public final class Styles {

  public static final String ARTICLE_BODY = "article-body";

  public static final String ARTICLE_LINK = "article-link";

  public static final String ARTICLE_NAV = "article-nav";

  public static final String ARTICLE_PAGE = "article-page";

  public static final String ARTICLE_TEXT = "article-text";

  public static final String ARTICLE_VIEW = "article-view";

  public static final String BLOCKQUOTE = "blockquote";

  public static final String BREADCRUMBS = "breadcrumbs";

  public static final String BULLET_LIST = "bullet-list";

  public static final String CARD = "card";

  public static final String CARD_TITLE = "card-title";

  public static final String CELL_TEXT = "cell-text";

  public static final String CLINIC = "clinic";

  /** The box under a care-team heading with the clinic's number. */
  public static final String CLINIC_CALL = "clinic-call";

  public static final String CLINIC_CALL_TEXT = "clinic-call-text";

  public static final String CODE = "code";

  public static final String CRUMB = "crumb";

  public static final String CRUMB_BETWEEN = "crumb-between";

  public static final String CRUMB_HERE = "crumb-here";

  public static final String CRUMB_TRAIL = "crumb-trail";

  public static final String DEFINITION = "definition";

  public static final String EM = "em";

  public static final String EXTERNAL_ADDRESS = "external-address";

  public static final String EXTERNAL_LINK = "external-link";

  public static final String FIND_BAR = "find-bar";

  public static final String FIND_MATCH = "find-match";

  public static final String FIND_CURRENT = "find-current";

  public static final String ON_THIS_PAGE = "on-this-page";

  public static final String ON_THIS_PAGE_LINKS = "on-this-page-links";

  public static final String GLOSSARY_CARD = "glossary-card";

  public static final String GLOSSARY_LIST = "glossary-list";

  public static final String GLOSSARY_HEADER = "glossary-header";

  public static final String GLOSSARY_TOP = "glossary-top";

  public static final String GLOSSARY_TERM = "glossary-term";

  public static final String H1 = "h1";

  public static final String H2 = "h2";

  public static final String H3 = "h3";

  public static final String H4 = "h4";

  public static final String HEADING = "heading";

  public static final String KIOSK = "kiosk";

  public static final String KIOSK_BAR = "kiosk-bar";

  public static final String KIOSK_KEY = "kiosk-key";

  public static final String KIOSK_KEYBOARD = "kiosk-keyboard";

  public static final String KIOSK_LAYER = "kiosk-layer";

  public static final String KIOSK_NAME = "kiosk-name";

  public static final String KIOSK_PANEL = "kiosk-panel";

  public static final String KIOSK_PIN_DOTS = "kiosk-pin-dots";

  public static final String KIOSK_PIN_KEYS = "kiosk-pin-keys";

  public static final String KIOSK_QR = "kiosk-qr";

  public static final String KIOSK_TITLE = "kiosk-title";

  public static final String LETTERS = "letters";

  public static final String LIST_ITEM = "list-item";

  public static final String LIST_ITEM_CONTENT = "list-item-content";

  public static final String LIST_MARKER = "list-marker";

  public static final String MUTED = "muted";

  public static final String MUTED_TEXT = "muted-text";

  public static final String NOTICE = "notice";

  public static final String ORDERED_LIST = "ordered-list";

  public static final String PAGE = "page";

  public static final String PAGE_HEADING = "page-heading";

  public static final String PAGE_TEXT = "page-text";

  public static final String PAGE_TITLE = "page-title";

  public static final String PAGE_VIEW = "page-view";

  public static final String PARAGRAPH = "paragraph";

  public static final String PRIMARY = "primary";

  public static final String RELATED = "related";

  public static final String REVIEWED = "reviewed";

  public static final String SEARCH_COLUMN = "search-column";

  public static final String SEARCH_GLOSSARY_DEFINITION = "search-glossary-definition";

  public static final String SEARCH_GLOSSARY_TERM = "search-glossary-term";

  public static final String SEARCH_HIT = "search-hit";

  public static final String SEARCH_HIT_ANSWERS = "search-hit-answers";

  public static final String SEARCH_HIT_SNIPPET = "search-hit-snippet";

  public static final String SEARCH_HIT_TITLE = "search-hit-title";

  public static final String SEARCH_HIT_TOPIC = "search-hit-topic";

  public static final String SEARCH_HIT_WORD = "search-hit-word";

  public static final String SEARCH_MATCH = "search-match";

  public static final String SEARCH_NOTICE = "search-notice";

  public static final String SEARCH_NOTICE_TEXT = "search-notice-text";

  public static final String SEARCH_PANEL = "search-panel";

  public static final String SEARCH_RESULTS = "search-results";

  public static final String SEARCH_TEXT = "search-text";

  public static final String SHORTCUT_KEY = "shortcut-key";

  public static final String SHORTCUTS = "shortcuts";

  public static final String SOURCE = "source";

  public static final String SOURCE_PUBLISHER = "source-publisher";

  public static final String SOURCES = "sources";

  public static final String SPOKEN_SENTENCE = "spoken-sentence";

  public static final String STRONG = "strong";

  public static final String SUMMARY = "summary";

  public static final String TABLE = "table";

  public static final String TABLE_BOX = "table-box";

  public static final String TABLE_STACKED = "table-stacked";

  public static final String TABLE_ROW = "table-row";

  public static final String TABLE_CELL = "table-cell";

  public static final String TABLE_HEADER = "table-header";

  public static final String TEXT_SELECTION = "text-selection";

  public static final String TILE = "tile";

  public static final String TILE_DETAIL = "tile-detail";

  public static final String TILE_TITLE = "tile-title";

  public static final String TILES = "tiles";

  public static final String TOOLBAR = "toolbar";

  public static final String TOOLBAR_GROUP = "toolbar-group";

  public static final String TOPIC_CELL = "topic-cell";

  public static final String TOPIC_TREE = "topic-tree";

  private Styles() {}

  /** The style of a heading of {@code level} 1 to 4, as {@link #H1} to {@link #H4}. */
  public static String heading(int level) {
    return "h" + Math.max(1, Math.min(level, 4));
  }
}
