package org.careshelf;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that breaks one of DESIGN.md's package rules on purpose, and says why; the
 * architecture test lets such a class through and no other.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AllowedTo {

  /** What the class may do that its package may not, and why, in a sentence. */
  String value();
}
