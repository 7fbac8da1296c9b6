package org.careshelf.handout;

import java.util.List;

/**
 * One handout ready to set on paper: its title (the PDF's title too) and its blocks, title first;
 * each handout of a PDF starts on a new page and numbers its own pages.
 */
public record Handout(String title, List<Block> blocks) {

  public Handout {
    blocks = List.copyOf(blocks);
  }
}
