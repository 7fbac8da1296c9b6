package org.careshelf.search;

import java.util.Set;

/**
 * Little words that carry no subject ("how much does it cost" is about cost), left out of a search
 * unless they are all it has.
 */
public final class StopWords {

  private static final Set<String> WORDS =
      Set.of(
          "a", "about", "all", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but",
          "by", "can", "could", "did", "do", "does", "doing", "for", "from", "get", "gets", "got",
          "had", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "me", "might",
          "much", "many", "must", "my", "near", "no", "not", "of", "on", "or", "our", "should",
          "so", "some", "than", "that", "the", "their", "them", "then", "there", "these", "they",
          "this", "those", "to", "us", "was", "we", "were", "what", "when", "where", "which", "who",
          "why", "will", "with", "would", "you", "your");

  private StopWords() {}

  /** True for a little word such as "the", "how" or "does". */
  public static boolean contains(String word) {
    return WORDS.contains(word);
  }
}
