package org.careshelf.app;

import java.nio.file.Path;

/** A second process for {@link SingleInstanceTest}: claims a folder and waits to be killed. */
final class SingleInstanceChild {

  private SingleInstanceChild() {}

  public static void main(String[] args) throws InterruptedException {
    SingleInstance instance =
        SingleInstance.claim(Path.of(args[0]), () -> System.out.println("brought forward"));
    System.out.println(instance.isFirst() ? "first" : "second");
    System.out.flush();
    Thread.sleep(60_000);
  }
}
