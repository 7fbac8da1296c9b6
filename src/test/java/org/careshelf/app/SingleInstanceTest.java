package org.careshelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

  @TempDir Path dir;

  @Test
  void aSecondStartOnTheSameFolderBringsTheFirstForward() throws Exception {
    AtomicInteger broughtForward = new AtomicInteger();
    try (SingleInstance first = SingleInstance.claim(dir, broughtForward::incrementAndGet)) {
      assertThat(first.isFirst()).isTrue();

      try (SingleInstance second = SingleInstance.claim(dir, () -> {})) {
        assertThat(second.isFirst()).isFalse();
        assertThat(second.askFirstToShow()).isTrue();
      }
      assertThat(broughtForward).hasValue(1);
    }
    try (SingleInstance later = SingleInstance.claim(dir, () -> {})) {
      assertThat(later.isFirst()).isTrue();
    }
  }

  @Test
  void anotherFolderIsAnotherReader() throws Exception {
    try (SingleInstance first = SingleInstance.claim(dir.resolve("alice"), () -> {});
        SingleInstance other = SingleInstance.claim(dir.resolve("bob"), () -> {})) {
      assertThat(first.isFirst()).isTrue();
      assertThat(other.isFirst()).isTrue();
    }
  }

  @Test
  void anotherProcessHoldsTheFolderUntilItIsKilled() throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SingleInstanceChild.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("first");
      try (SingleInstance second = SingleInstance.claim(dir, () -> {})) {
        assertThat(second.isFirst()).isFalse();
        assertThat(second.askFirstToShow()).isTrue();
      }
      assertThat(out.readLine()).isEqualTo("brought forward");
    } finally {
      child.destroyForcibly(); // SIGKILL: no chance to let go of anything itself
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
    try (SingleInstance after = SingleInstance.claim(dir, () -> {})) {
      assertThat(after.isFirst()).isTrue();
      assertThat(after.askFirstToShow()).isTrue(); // its own socket answers now
    }
  }
}
