package org.careshelf.content;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The one Markdown dialect of the library, shared by the compiler and the reader. */
public final class Markdown {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern WEB = Pattern.compile("(?i)(https?://|mailto:)\\S+");
  private static final Parser PARSER =
      Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create())))
          .build();

  private Markdown() {}

  /** Parses a Markdown body; the parser is thread-safe. */
  public static Document parse(String body) {
    return PARSER.parse(body);
  }

  /** True for a valid article or topic id: lowercase letters and digits joined by hyphens. */
  public static boolean isId(String text) {
    return text != null && ID.matcher(text).matches();
  }

  /** The article a link points to, when its address is an article id. */
  public static Optional<String> articleTarget(Link link) {
    String url = link.getUrl().toString().strip();
    return isId(url) ? Optional.of(url) : Optional.empty();
  }

  /** True when a link points outside the library: shown to the reader, never opened. */
  public static boolean isWebAddress(String url) {
    return WEB.matcher(url.strip()).matches();
  }
}
