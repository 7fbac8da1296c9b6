package org.careshelf.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * The PDF's structure tree, so a screen reader reads a handout as headings, paragraphs, lists and
 * tables in order: each piece of text drawn is a marked-content sequence tied to its element, and
 * what only decorates (footers, frames, ruled lines) is marked as an artifact.
 */
final class Tags {

  private static final COSName ARTIFACT = COSName.getPDFName("Artifact");

  private final PDStructureTreeRoot root = new PDStructureTreeRoot();
  private final PDStructureElement document;
  private final Map<PDPage, List<PDStructureElement>> owners = new HashMap<>();
  private final Map<PDPage, Integer> keys = new HashMap<>();
  private final List<PDPage> pages = new ArrayList<>();

  Tags(PDDocument pdf, String language) {
    pdf.getDocumentCatalog().setStructureTreeRoot(root);
    PDMarkInfo marked = new PDMarkInfo();
    marked.setMarked(true);
    pdf.getDocumentCatalog().setMarkInfo(marked);
    pdf.getDocumentCatalog().setLanguage(language);
    document = new PDStructureElement("Document", root);
    root.appendKid(document);
  }

  /** The top of the tree, where each handout's elements hang. */
  PDStructureElement document() {
    return document;
  }

  /**
   * A new element of {@code type} ("H1", "P", "L", "LI", "Table", "TD", ...) under {@code parent}.
   */
  PDStructureElement element(String type, PDStructureNode parent) {
    PDStructureElement element = new PDStructureElement(type, parent);
    parent.appendKid(element);
    return element;
  }

  /** Starts the words of {@code element} on {@code page}; end with {@link #end}. */
  void begin(PDStructureElement element, PDPage page, PDPageContentStream stream)
      throws IOException {
    List<PDStructureElement> onPage = owners.computeIfAbsent(page, this::register);
    int mcid = onPage.size();
    onPage.add(element);
    if (element.getPage() == null) {
      element.setPage(page);
    }
    PDMarkedContentReference reference = new PDMarkedContentReference();
    reference.setPage(page);
    reference.setMCID(mcid);
    element.appendKid(reference);
    COSDictionary properties = new COSDictionary();
    properties.setInt(COSName.MCID, mcid);
    stream.beginMarkedContent(
        COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
  }

  /** Ends the words begun with {@link #begin}. */
  void end(PDPageContentStream stream) throws IOException {
    stream.endMarkedContent();
  }

  /** Starts a decoration that a screen reader skips; end with {@link #end}. */
  void beginArtifact(PDPageContentStream stream) throws IOException {
    stream.beginMarkedContent(ARTIFACT);
  }

  private List<PDStructureElement> register(PDPage page) {
    keys.put(page, pages.size());
    page.setStructParents(pages.size());
    // Tab through annotations in structure order, as PDF/UA asks.
    page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    pages.add(page);
    return new ArrayList<>();
  }

  /** Writes the parent tree that maps each page's marked content back to its elements. */
  void finish() {
    Map<Integer, PDParentTreeValue> numbers = new HashMap<>();
    for (PDPage page : pages) {
      COSArray array = new COSArray();
      for (PDStructureElement element : owners.get(page)) {
        array.add(element);
      }
      numbers.put(keys.get(page), new PDParentTreeValue(array));
    }
    PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
    tree.setNumbers(numbers);
    root.setParentTree(tree);
    root.setParentTreeNextKey(pages.size());
  }
}
