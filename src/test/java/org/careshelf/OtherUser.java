package org.careshelf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the tests in a new JVM as another operating-system user, for what only
 * another user can show: a folder they may not write, a library copy another user made. Needs root
 * (to switch user with {@code setpriv}); user 0 runs as root itself.
 */
public final class OtherUser {

  /** A user id no account has: the tests need no entry in /etc/passwd. */
  public static final int SECOND = 4242;

  private static Path readableClassPath;

  private OtherUser() {}

  /** What a run printed on standard output, line by line, and its exit status. */
  public record Run(int status, List<String> lines, String errors) {
    /** The rest of the first line that starts with {@code key} and a space, or null. */
    public String value(String key) {
      return lines.stream()
          .filter(l -> l.startsWith(key + " ") || l.equals(key))
          .map(l -> l.substring(Math.min(l.length(), key.length() + 1)))
          .findFirst()
          .orElse(null);
    }
  }

  /** True when this process may run others as another user: root, with setpriv on the PATH. */
  public static boolean available() {
    try {
      Process id = new ProcessBuilder("id", "-u").start();
      String uid =
          new String(id.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
      return id.waitFor() == 0
          && uid.equals("0")
          && new ProcessBuilder("setpriv", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /**
   * Runs {@code main} with {@code args} as user {@code uid} (group the same), named {@code name}.
   */
  public static Run run(int uid, String name, Class<?> main, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    if (uid != 0) {
      command.addAll(
          List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Duser.name=" + name);
    command.add("-cp");
    command.add(classPath());
    command.add(main.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    byte[] out = process.getInputStream().readAllBytes();
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the run as user " + uid + " did not end");
    }
    return new Run(
        process.exitValue(), new String(out, StandardCharsets.UTF_8).lines().toList(), errors);
  }

  /** Makes {@code folder} and its parents up to the system's temporary folder enterable by all. */
  public static void openToAll(Path folder) throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
    for (Path p = folder.toRealPath(); p != null && p.startsWith(tmp) && !p.equals(tmp); ) {
      Files.setAttribute(p, "unix:mode", 0755);
      p = p.getParent();
    }
  }

  /**
   * The test class path, readable by any user: the jars of the local Maven repository (under root's
   * home) are copied to a folder everyone may read.
   */
  private static synchronized String classPath() throws IOException {
    if (readableClassPath == null) {
      readableClassPath = Files.createTempDirectory("careshelf-classpath-");
      Files.setAttribute(readableClassPath, "unix:mode", 0755);
    }
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isRegularFile(path) && path.toString().endsWith(".jar")) {
        Path copy = readableClassPath.resolve(path.getFileName());
        if (!Files.exists(copy)) {
          Files.copy(path, copy);
          Files.setAttribute(copy, "unix:mode", 0644);
        }
        entries.add(copy.toString());
      } else {
        entries.add(entry);
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }
}
