package org.careshelf.handout;

/**
 * The sizes of a handout's words, in points: normal print (body 12 pt) or large print for low
 * vision (body 16 pt, headings and footer grown with it).
 */
public enum TypeSize {
  NORMAL(12f, 22f, 16f, 13.5f, 10f),
  LARGE(16f, 28f, 21f, 18f, 13f);

  final float body;
  final float title;
  final float section;
  final float subsection;
  final float small;

  TypeSize(float body, float title, float section, float subsection, float small) {
    this.body = body;
    this.title = title;
    this.section = section;
    this.subsection = subsection;
    this.small = small;
  }

  /** The body's size, in points. */
  public float body() {
    return body;
  }

  float heading(int level) {
    return level <= 1 ? title : level == 2 ? section : subsection;
  }

  /** The distance from one line's baseline to the next: generous, for easy reading. */
  static float leading(float size) {
    return size * 1.45f;
  }
}
