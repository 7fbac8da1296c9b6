package org.careshelf.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.careshelf.content.Markdown;
import org.careshelf.library.Article;
import org.careshelf.library.GlossaryTerm;
import org.careshelf.library.LibraryInstaller;
import org.careshelf.library.LibraryReader;
import org.careshelf.library.Source;
import org.careshelf.ui.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Handouts of the real library, read back from the PDF as a screen reader or a search would. */
class HandoutTest {

  static final LocalDate PRINTED = LocalDate.of(2026, 12, 14);
  static final Messages MESSAGES = Messages.forLocale(Locale.US);
  static LibraryReader library;

  @BeforeAll
  static void open() throws URISyntaxException {
    library =
        LibraryReader.open(
            Path.of(
                Objects.requireNonNull(HandoutTest.class.getResource(LibraryInstaller.BUNDLED))
                    .toURI()));
  }

  @AfterAll
  static void close() {
    library.close();
  }

  static byte[] pdf(List<String> ids, Paper paper, TypeSize size, List<Question> bookmarks)
      throws Exception {
    List<Handout> handouts =
        new Handouts(MESSAGES, Optional.empty()).forIds(library, ids, bookmarks);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HandoutPdf(MESSAGES).write(handouts, paper, size, PRINTED, out);
    if (System.getProperty("handout.keep") != null) {
      Path dir = Files.createDirectories(Path.of(System.getProperty("handout.keep")));
      Files.write(
          dir.resolve(String.join("+", ids).replace(':', '_') + "-" + paper + "-" + size + ".pdf"),
          out.toByteArray());
    }
    return out.toByteArray();
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void anArticleHasItsTitleHeadingsSourcesDateAndWordsToKnow() throws Exception {
    Article article = library.article("cytokine-release-syndrome").orElseThrow();
    String text = text(pdf(List.of(article.id()), Paper.LETTER, TypeSize.NORMAL, List.of()));
    assertThat(text).contains(article.title()).contains(article.summary());
    for (String heading : Markdown.headings(Markdown.parse(article.body())).split("\n")) {
      assertThat(text).contains(heading.strip());
    }
    for (Source source : article.sources()) {
      // An address may wrap; the words of the address are all there, in order.
      assertThat(text.replace(" ", "")).contains(source.url());
    }
    assertThat(text).contains("Last reviewed " + MESSAGES.date(article.reviewed()));
    assertThat(text).contains("Words to know");
    List<GlossaryTerm> used = ArticleHandout.termsUsed(article.body(), library.glossary());
    assertThat(used).hasSizeGreaterThan(3);
    for (GlossaryTerm term : used) {
      assertThat(text).contains(term.term() + ":");
    }
    assertThat(text)
        .contains(
            "From CareShelf, printed December 14, 2026. Ask your care team about your own care.")
        .contains("Page 1 of ");
  }

  @Test
  void largePrintIsReallyLarger() throws Exception {
    String id = "going-home";
    float normal = bodySize(pdf(List.of(id), Paper.A4, TypeSize.NORMAL, List.of()));
    float large = bodySize(pdf(List.of(id), Paper.A4, TypeSize.LARGE, List.of()));
    assertThat(normal).isEqualTo(12f);
    assertThat(large).isGreaterThanOrEqualTo(16f);
  }

  /** The size most characters of the document are set in: the body's. */
  static float bodySize(byte[] pdf) throws IOException {
    java.util.Map<Float, Integer> counts = new java.util.HashMap<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition position : positions) {
              counts.merge(position.getFontSizeInPt(), 1, Integer::sum);
            }
          }
        };
    try (PDDocument document = Loader.loadPDF(pdf)) {
      stripper.getText(document);
    }
    return counts.entrySet().stream()
        .max(java.util.Map.Entry.comparingByValue())
        .orElseThrow()
        .getKey();
  }

  @Test
  void everyFontIsEmbeddedAndTheDocumentIsTaggedWithItsTitleAndLanguage() throws Exception {
    byte[] bytes =
        pdf(List.of("car-t-cancers-and-products"), Paper.LETTER, TypeSize.LARGE, List.of());
    try (PDDocument document = Loader.loadPDF(bytes)) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded, "embedded");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo(library.article("car-t-cancers-and-products").orElseThrow().title());
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-US");
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      List<String> types = new ArrayList<>();
      collect(document.getDocumentCatalog().getStructureTreeRoot().getKids(), types);
      assertThat(types).contains("H1", "H2", "P", "L", "LI", "Table", "TH", "TD", "Figure");
    }
  }

  private static void collect(List<Object> kids, List<String> types) {
    for (Object kid : kids) {
      if (kid
          instanceof
          org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement
              element) {
        types.add(element.getStructureType());
        collect(element.getKids(), types);
      }
    }
  }

  @Test
  void noWordOfTheWindowIsPrinted() throws Exception {
    String text = text(pdf(List.of("safety-card"), Paper.LETTER, TypeSize.NORMAL, List.of()));
    assertThat(text)
        .contains("Safety card")
        .contains("Never do")
        .contains("Poison Help, 1-800-222-1222");
    for (String key :
        List.of(
            "nav.back",
            "nav.home",
            "bookmark.off",
            "bookmarks.title",
            "glossary.title",
            "text.larger",
            "theme.button",
            "topics.button",
            "article.related")) {
      assertThat(text).as(key).doesNotContain(MESSAGES.get(key));
    }
  }

  @Test
  void aTableFitsThePageAtLargePrint() throws Exception {
    byte[] bytes = pdf(List.of("car-t-cancers-and-products"), Paper.A4, TypeSize.LARGE, List.of());
    float width = Paper.A4.width();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition p : positions) {
              assertThat(p.getXDirAdj() + p.getWidthDirAdj()).isLessThanOrEqualTo(width - 40);
              assertThat(p.getXDirAdj()).isGreaterThanOrEqualTo(40);
            }
          }
        };
    try (PDDocument document = Loader.loadPDF(bytes)) {
      stripper.getText(document);
    }
  }

  @Test
  void aGlossaryEntryAndSeveralHandoutsInOneFile() throws Exception {
    GlossaryTerm crs =
        library.glossary().stream()
            .filter(t -> t.aliases().contains("CRS"))
            .findFirst()
            .orElseThrow();
    byte[] bytes =
        pdf(List.of(Handouts.glossaryId("CRS"), "icans"), Paper.LETTER, TypeSize.NORMAL, List.of());
    String text = text(bytes);
    assertThat(text).contains(crs.term()).contains(crs.definition());
    assertThat(text).contains(library.article("icans").orElseThrow().title());
    try (PDDocument document = Loader.loadPDF(bytes)) {
      // Each handout numbers its own pages: the glossary entry is one page of one.
      assertThat(
              new PDFTextStripper() {
                {
                  setStartPage(1);
                  setEndPage(1);
                }
              }.getText(document))
          .contains("Page 1 of 1");
    }
  }

  @Test
  void myQuestionsHoldTheNotesAndTheChecklistWithRoomToWrite() throws Exception {
    List<Question> bookmarks =
        List.of(
            new Question("Going home after CAR T", "How far away can I stay after I leave?"),
            new Question("Fever", ""));
    String text =
        text(pdf(List.of(Handouts.MY_QUESTIONS), Paper.LETTER, TypeSize.NORMAL, bookmarks));
    assertThat(text)
        .contains("My questions for my care team")
        .contains("Going home after CAR T")
        .contains("How far away can I stay after I leave?")
        .contains("Questions you might ask")
        .contains("What are all my treatment options, including clinical trials?")
        .doesNotContain("Bring a family member or friend");
  }

  @Test
  void unknownIdsAreAllNamed() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                pdf(
                    List.of("icans", "no-such-article", "glossary:nothing"),
                    Paper.A4,
                    TypeSize.NORMAL,
                    List.of()))
        .isInstanceOf(Handouts.UnknownIds.class)
        .hasMessageContaining("no-such-article, glossary:nothing");
  }

  @Test
  void theClinicsContactOpensWhenToCallYourCareTeam() throws Exception {
    Article article = library.article("going-home").orElseThrow();
    Handout handout =
        new ArticleHandout(MESSAGES)
            .of(
                article,
                library.glossary(),
                Optional.of(
                    new CareTeamContact(
                        "Riverside CAR T team", List.of("Day or night: 555-0100"))));
    int heading = -1;
    for (int i = 0; i < handout.blocks().size(); i++) {
      if (handout.blocks().get(i) instanceof Block.Heading h
          && h.text().equals("When to call your care team")) {
        heading = i;
      }
    }
    assertThat(heading).isPositive();
    assertThat(handout.blocks().get(heading + 1))
        .isEqualTo(
            new Block.Box(
                "Riverside CAR T team",
                List.of(new Block.Paragraph(List.of(Block.Run.plain("Day or night: 555-0100"))))));
  }
}
