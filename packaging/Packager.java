import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Builds CareShelf's app image and installer for the system it runs on: finds the modules with
 * jdeps, links a small runtime with jlink, packs the app image with jpackage, records a class
 * archive by starting the finished image once, then packs the installer from that image. Run by
 * {@code mvn -Ppackage package}; packaging/README.md explains it.
 */
public final class Packager {

  /** Where the app's classes start; the launcher's main class. */
  static final String MAIN_CLASS = "org.careshelf.app.Main";

  static final String NAME = "CareShelf";

  /**
   * Modules that jdeps cannot see because they are found as services: the locale data that formats
   * dates the British way ("28 November 2026"), trimmed to English below.
   */
  static final List<String> SERVICE_MODULES = List.of("jdk.localedata");

  /** JavaFX's native libraries, moved from its jars into the runtime as JavaFX's own SDK does. */
  static final List<String> NATIVE_SUFFIXES = List.of(".so", ".dll", ".dylib");

  enum Os {
    LINUX,
    WINDOWS,
    MAC;

    static Os current() {
      String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
      return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
    }

    String folder() {
      return switch (this) {
        case LINUX -> "linux";
        case WINDOWS -> "windows";
        case MAC -> "macos";
      };
    }

    String installerType() {
      return switch (this) {
        case LINUX -> "deb";
        case WINDOWS -> "msi";
        case MAC -> "dmg";
      };
    }

    String icon() {
      return switch (this) {
        case LINUX -> "careshelf.png";
        case WINDOWS -> "careshelf.ico";
        case MAC -> "careshelf.icns";
      };
    }
  }

  private final Os os = Os.current();
  private final int feature = Runtime.version().feature();
  private final String version;
  private final Path classes;
  private final List<Path> classPath;
  private final Path packaging;
  private final Path out;
  private final Path work;
  private final boolean installer;
  private final String compress;
  private String sqliteNative;

  private Packager(Map<String, String> options) {
    version = required(options, "version");
    classes = Path.of(required(options, "classes"));
    classPath =
        Arrays.stream(required(options, "class-path").split(java.io.File.pathSeparator))
            .filter(s -> !s.isBlank())
            .map(Path::of)
            .toList();
    packaging = Path.of(required(options, "packaging"));
    out = Path.of(required(options, "out"));
    work = out.resolve("work");
    String types = options.getOrDefault("types", "all");
    if (!types.equals("all") && !types.equals("app-image")) {
      throw new Failure("--types is all (app image and installer) or app-image, not " + types);
    }
    installer = types.equals("all");
    compress = options.getOrDefault("compress", "none");
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    try {
      new Packager(options).run();
    } catch (Failure e) {
      System.err.println("packaging failed: " + e.getMessage());
      System.exit(1);
    }
  }

  private void run() throws Exception {
    long start = System.nanoTime();
    say("Packaging CareShelf " + version + " for " + os.folder() + " with Java " + feature);
    deleteTree(out);
    Files.createDirectories(work);

    Path input = work.resolve("input");
    Path fxModules = work.resolve("javafx-modules");
    Path fxNatives = work.resolve("javafx-natives");
    List<Path> appJars = prepareInput(input, fxModules, fxNatives);

    Set<String> modules = modulesNeeded(appJars, fxModules);
    Path runtime = link(modules, fxModules, fxNatives);

    Path image = appImage(input, runtime);
    train(image);

    if (installer) {
      installer(image);
    }
    say(
        String.format(
            "Done in %d s. App image: %s",
            TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), appRoot(image)));
    try (Stream<Path> files = Files.list(out)) {
      files
          .filter(Files::isRegularFile)
          .forEach(f -> say(String.format("  %s  %.1f MB", f.getFileName(), size(f) / 1e6)));
    }
    say(String.format("  app image on disk: %.1f MB", sizeOfTree(appRoot(image)) / 1e6));
  }

  /**
   * Fills {@code input} with the app's jar and its libraries, and splits JavaFX's platform jars
   * into modules without native code ({@code fxModules}) and that native code ({@code fxNatives}).
   */
  private List<Path> prepareInput(Path input, Path fxModules, Path fxNatives) throws IOException {
    Files.createDirectories(input);
    Files.createDirectories(fxModules);
    Files.createDirectories(fxNatives);
    Path appJar = input.resolve("careshelf.jar");
    Path manifest = work.resolve("MANIFEST.MF");
    Files.writeString(
        manifest,
        "Main-Class: "
            + MAIN_CLASS
            + "\nImplementation-Title: CareShelf\nImplementation-Version: "
            + version
            + "\n");
    tool("jar", "--create", "--file", appJar, "--manifest", manifest, "-C", classes, ".");
    List<Path> jars = new ArrayList<>(List.of(appJar));
    for (Path entry : classPath) {
      String name = entry.getFileName().toString();
      if (Files.isDirectory(entry) || !name.endsWith(".jar")) {
        continue; // the project's own classes, already in careshelf.jar
      }
      if (name.startsWith("javafx-")) {
        if (hasEntry(entry, "module-info.class")) {
          splitJavaFx(entry, fxModules.resolve(name), fxNatives);
        } // else: the empty jar Maven adds beside each platform jar
        continue;
      }
      Path target = input.resolve(name);
      if (name.startsWith("sqlite-jdbc-")) {
        sqliteNative = moveOwnPlatformNative(entry, target, input);
      } else {
        Files.copy(entry, target);
      }
      jars.add(target);
    }
    return jars;
  }

  private void splitJavaFx(Path jar, Path module, Path natives) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile());
        ZipOutputStream outZip = new ZipOutputStream(Files.newOutputStream(module))) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        String name = entry.getName();
        try (InputStream in = zip.getInputStream(entry)) {
          if (NATIVE_SUFFIXES.stream().anyMatch(name::endsWith) && !name.contains("/")) {
            Files.copy(in, natives.resolve(name), StandardCopyOption.REPLACE_EXISTING);
          } else {
            outZip.putNextEntry(new ZipEntry(name));
            in.transferTo(outZip);
            outZip.closeEntry();
          }
        }
      }
    }
  }

  /**
   * Copies the SQLite driver without its native libraries, and puts the one for this system and
   * processor beside the app (in {@code $APPDIR}) for the launcher to load from there: the driver
   * would otherwise copy it into the temporary folder at every start and load it from there, which
   * fails where that folder is mounted noexec, as hardened and kiosk machines do. The other 22 are
   * left out (11 MB). Returns the library's file name.
   */
  private String moveOwnPlatformNative(Path jar, Path target, Path input) throws IOException {
    String arch =
        switch (System.getProperty("os.arch")) {
          case "amd64", "x86_64" -> "x86_64";
          case "aarch64", "arm64" -> "aarch64";
          default ->
              throw new Failure("no SQLite library known for " + System.getProperty("os.arch"));
        };
    String own =
        switch (os) {
          case LINUX -> "org/sqlite/native/Linux/" + arch + "/";
          case WINDOWS -> "org/sqlite/native/Windows/" + arch + "/";
          case MAC -> "org/sqlite/native/Mac/" + arch + "/";
        };
    String library = null;
    try (ZipFile zip = new ZipFile(jar.toFile());
        ZipOutputStream outZip = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        String name = entry.getName();
        if (name.startsWith("org/sqlite/native/") && !name.endsWith("/")) {
          if (name.startsWith(own) && !name.substring(own.length()).contains("/")) {
            library = name.substring(own.length());
            try (InputStream in = zip.getInputStream(entry)) {
              Files.copy(in, input.resolve(library));
            }
          }
          continue;
        }
        outZip.putNextEntry(new ZipEntry(name));
        try (InputStream in = zip.getInputStream(entry)) {
          in.transferTo(outZip);
        }
        outZip.closeEntry();
      }
    }
    if (library == null) {
      throw new Failure("the SQLite driver " + jar + " has no native library under " + own);
    }
    return library;
  }

  /** The Java modules the app and its libraries use, as jdeps finds them, plus service modules. */
  private Set<String> modulesNeeded(List<Path> jars, Path fxModules) {
    String cp = jars.stream().map(Path::toString).collect(Collectors.joining(pathSeparator()));
    List<Object> args = new ArrayList<>();
    args.addAll(
        List.of(
            "--print-module-deps",
            "--ignore-missing-deps",
            "--multi-release",
            "17",
            "--module-path",
            fxModules,
            "--class-path",
            cp));
    args.addAll(jars);
    // jdeps may print warnings (ControlsFX splits a package with itself) before the list.
    List<String> lines = tool("jdeps", args.toArray()).strip().lines().toList();
    String found = lines.get(lines.size() - 1).strip();
    if (!found.matches("[\\w.]+(,[\\w.]+)*")) {
      throw new Failure("jdeps gave no module list:\n" + String.join("\n", lines));
    }
    Set<String> modules = new LinkedHashSet<>(Arrays.asList(found.split(",")));
    modules.addAll(SERVICE_MODULES);
    say("Modules (jdeps + services): " + String.join(",", modules));
    return modules;
  }

  private Path link(Set<String> modules, Path fxModules, Path fxNatives) throws IOException {
    Path runtime = work.resolve("runtime");
    List<Object> args =
        new ArrayList<>(
            List.of(
                "--module-path",
                fxModules,
                "--add-modules",
                String.join(",", modules),
                "--include-locales=en",
                "--strip-debug",
                "--no-header-files",
                "--no-man-pages",
                "--generate-cds-archive",
                "--output",
                runtime));
    if (!compress.equals("none")) {
      // Costs nothing measurable at start-up (the AOT cache holds the classes), saves 38 MB.
      args.add("--compress=" + (feature < 21 && compress.startsWith("zip-") ? "2" : compress));
    }
    tool("jlink", args.toArray());
    // Where the runtime's own native libraries are, so JavaFX finds its own there too.
    Path libraries = runtime.resolve(os == Os.WINDOWS ? "bin" : "lib");
    try (Stream<Path> natives = Files.list(fxNatives)) {
      for (Path lib : (Iterable<Path>) natives::iterator) {
        Files.copy(lib, libraries.resolve(lib.getFileName()));
      }
    }
    // The archive for heaps over 32 GB; a reader never has one, and it weighs 15 MB.
    Files.deleteIfExists(runtime.resolve("lib/server/classes_nocoops.jsa"));
    Files.deleteIfExists(runtime.resolve("bin/server/classes_nocoops.jsa"));
    return runtime;
  }

  private Path appImage(Path input, Path runtime) {
    Path image = work.resolve("image");
    List<Object> args = new ArrayList<>();
    args.addAll(
        List.of(
            "--type",
            "app-image",
            "--dest",
            image,
            "--name",
            NAME,
            "--app-version",
            appVersion(),
            "--input",
            input,
            "--main-jar",
            "careshelf.jar",
            "--main-class",
            MAIN_CLASS,
            "--runtime-image",
            runtime,
            "--icon",
            packaging.resolve("icons").resolve(os.icon())));
    args.addAll(options(packaging.resolve("jpackage/about.options")));
    args.addAll(options(packaging.resolve("jpackage/app-image.options")));
    for (String option : runtimeOptions()) {
      args.add("--java-options");
      args.add(option);
    }
    tool("jpackage", args.toArray());
    return image;
  }

  /** JVM options that depend on the bundled runtime's version. */
  private List<String> runtimeOptions() {
    List<String> options = new ArrayList<>();
    // JavaFX and SQLite load native code; newer runtimes warn on every start unless allowed.
    options.add("--enable-native-access=javafx.graphics,ALL-UNNAMED");
    // SQLite's native library from the app's own folder, never copied to a temporary folder
    // (noexec on hardened machines); with both set the driver also runs no `uname` to find it.
    options.add("-Dorg.sqlite.lib.path=$APPDIR");
    options.add("-Dorg.sqlite.lib.name=" + sqliteNative);
    if (feature >= 23) {
      // JavaFX 21's rasteriser uses sun.misc.Unsafe, which Java 24 and later warn about.
      options.add("--sun-misc-unsafe-memory-access=allow");
    }
    return options;
  }

  /**
   * Starts the finished app image once, with the start-up probe quitting after the library is open,
   * and records the classes it loads: an AOT cache on Java 25 and later (JEP 483, 514, 515), a
   * dynamic AppCDS archive on older runtimes. Then tells the launcher to use it, and checks that it
   * does.
   */
  private void train(Path image) throws Exception {
    Path appDir = appDir(image);
    boolean aot = feature >= 25;
    String file = aot ? "careshelf.aot" : "careshelf.jsa";
    String target = appDir.resolve(file).toString();
    if (target.contains(" ")) {
      target = '"' + target + '"';
    }
    String record = (aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + target;
    say("Training run to record " + (aot ? "the AOT cache" : "the AppCDS archive"));
    Path data = work.resolve("training-data");
    launch(image, "-Dcareshelf.startupProbe=exit " + record, data, "training run");
    if (!Files.isRegularFile(appDir.resolve(file))) {
      throw new Failure("the training run wrote no " + file + "; see " + work.resolve("run.log"));
    }
    String use = aot ? "-XX:AOTCache=$APPDIR/" + file : "-XX:SharedArchiveFile=$APPDIR/" + file;
    addJavaOption(appDir.resolve(NAME + ".cfg"), use);
    // Fails the run, rather than starting slowly, when the archive cannot be used.
    String check = aot ? "-XX:AOTMode=on" : "-Xshare:on";
    launch(image, "-Dcareshelf.startupProbe=exit " + check, data, "check run with the archive");
    say(String.format("Class archive %s: %.1f MB", file, size(appDir.resolve(file)) / 1e6));
  }

  private void launch(Path image, String javaToolOptions, Path data, String what) throws Exception {
    Path log = work.resolve("run.log");
    ProcessBuilder run =
        new ProcessBuilder(launcher(image).toString(), "--data-dir", data.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    run.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
    // The build machine's own settings file, if any, is no business of the build.
    run.environment().put("CARESHELF_SETTINGS", work.resolve("no-settings.conf").toString());
    try (Display display = Display.open(os, work)) {
      display.name().ifPresent(name -> run.environment().put("DISPLAY", name));
      Process process = run.start();
      if (!process.waitFor(3, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new Failure("the " + what + " did not finish in 3 minutes; see " + log);
      }
      String output = Files.readString(log);
      // Windows' launcher has no console, so there only the exit status tells.
      boolean probed = os == Os.WINDOWS || output.contains("careshelf-library-open");
      if (process.exitValue() != 0 || !probed) {
        String hint =
            output.contains("GTK") ? "\nThe window needs GTK 3: apt-get install libgtk-3-0" : "";
        throw new Failure(
            "the "
                + what
                + " failed (exit "
                + process.exitValue()
                + "):\n"
                + output.strip()
                + hint);
      }
    }
  }

  private static void addJavaOption(Path cfg, String option) throws IOException {
    String text = Files.readString(cfg);
    if (!text.contains("[JavaOptions]")) {
      text = text.stripTrailing() + "\n\n[JavaOptions]\n";
    }
    text = text.replace("[JavaOptions]\n", "[JavaOptions]\njava-options=" + option + "\n");
    Files.writeString(cfg, text);
  }

  private void installer(Path image) {
    String type = os.installerType();
    List<Object> args = new ArrayList<>();
    args.addAll(
        List.of(
            "--type",
            type,
            "--app-image",
            appRoot(image),
            "--dest",
            out,
            "--name",
            NAME,
            "--app-version",
            appVersion()));
    args.addAll(options(packaging.resolve("jpackage/about.options")));
    args.addAll(options(packaging.resolve(os.folder()).resolve(type + ".options")));
    Path resources;
    try {
      resources = resources(packaging.resolve(os.folder()), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (resources != null) {
      args.add("--resource-dir");
      args.add(resources);
    }
    Path licence = packaging.getParent().resolve("LICENSE");
    if (Files.isRegularFile(licence)) {
      args.add("--license-file");
      args.add(licence);
    }
    say("Building the ." + type + " (compressing takes a few minutes)");
    tool("jpackage", args.toArray());
  }

  /**
   * The folder of jpackage resources for this system: a copy of {@code resources/} and, for a .deb
   * with a {@code recommends} file, a control file that recommends its packages. The control file
   * starts from the running jpackage's own template, read from the JDK: its placeholders differ
   * between JDK versions (17 and 25 name the version differently), and a copied template that does
   * not match leaves one unfilled, which dpkg-deb refuses.
   */
  private Path resources(Path system, String type) throws IOException {
    Path given = system.resolve("resources");
    Path recommends = system.resolve("recommends");
    if (!type.equals("deb") || !Files.isRegularFile(recommends)) {
      return Files.isDirectory(given) ? given : null;
    }
    Path dir = work.resolve("resources-" + type);
    if (Files.isDirectory(dir)) {
      try (Stream<Path> old = Files.walk(dir)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    if (Files.isDirectory(given)) {
      try (Stream<Path> files = Files.list(given)) {
        for (Path file : files.toList()) {
          Files.copy(file, dir.resolve(file.getFileName().toString()));
        }
      }
    }
    java.nio.file.FileSystem jrt =
        java.nio.file.FileSystems.getFileSystem(java.net.URI.create("jrt:/"));
    String template =
        Files.readString(
            jrt.getPath("modules/jdk.jpackage/jdk/jpackage/internal/resources/template.control"));
    String packages =
        String.join(
            ", ",
            Files.readAllLines(recommends).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList());
    StringBuilder control = new StringBuilder();
    for (String line : template.split("\n", -1)) {
      control.append(line).append('\n');
      if (line.startsWith("Depends:")) {
        control.append("Recommends: ").append(packages).append('\n');
      }
    }
    Files.writeString(dir.resolve("control"), control.toString().stripTrailing() + "\n");
    return dir;
  }

  /**
   * The version jpackage is given: the project's, without a suffix such as -SNAPSHOT. jpackage
   * refuses a macOS version that starts with 0, so there a 0.x release is packed as 1.0.0 (the app
   * itself still reports the project's version).
   */
  private String appVersion() {
    String plain = version.replaceAll("[^0-9.].*$", "");
    return os == Os.MAC && plain.startsWith("0.") ? "1.0.0" : plain;
  }

  /**
   * Reads a settings file of jpackage options: one option and its value per line, {@code #}
   * comments, {@code ${version}} replaced.
   */
  private List<Object> options(Path file) {
    List<Object> args = new ArrayList<>();
    for (String line : readLines(file)) {
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int space = line.indexOf(' ');
      String option = space < 0 ? line : line.substring(0, space);
      args.add(option);
      if (space >= 0) {
        String value = line.substring(space + 1).strip().replace("${version}", version);
        args.add(value.startsWith("./") ? packaging.getParent().resolve(value).toString() : value);
      }
    }
    return args;
  }

  private Path appRoot(Path image) {
    return image.resolve(os == Os.MAC ? NAME + ".app" : NAME);
  }

  private Path appDir(Path image) {
    return switch (os) {
      case LINUX -> appRoot(image).resolve("lib/app");
      case WINDOWS -> appRoot(image).resolve("app");
      case MAC -> appRoot(image).resolve("Contents/app");
    };
  }

  private Path launcher(Path image) {
    return switch (os) {
      case LINUX -> appRoot(image).resolve("bin/" + NAME);
      case WINDOWS -> appRoot(image).resolve(NAME + ".exe");
      case MAC -> appRoot(image).resolve("Contents/MacOS/" + NAME);
    };
  }

  /** Runs a JDK tool of the running JDK; returns what it printed, or fails with it. */
  private static String tool(String name, Object... args) {
    ToolProvider tool =
        ToolProvider.findFirst(name)
            .orElseThrow(() -> new Failure("this JDK has no " + name + "; use a full JDK"));
    String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintWriter writer = new PrintWriter(output, true, StandardCharsets.UTF_8);
    int status = tool.run(writer, writer, strings);
    writer.flush();
    String text = output.toString(StandardCharsets.UTF_8);
    if (status != 0) {
      throw new Failure(name + " " + String.join(" ", strings) + "\n" + text.strip());
    }
    return text;
  }

  private static boolean hasEntry(Path jar, String name) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.getEntry(name) != null;
    }
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long sizeOfTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(Packager::size).sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  private static String pathSeparator() {
    return java.io.File.pathSeparator;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new Failure("--" + name + " is missing");
    }
    return value;
  }

  private static void say(String line) {
    System.out.println("[packaging] " + line);
  }

  /** A packaging step that failed, with a message that says which and why. */
  static final class Failure extends RuntimeException {
    Failure(String message) {
      super(message);
    }
  }

  /**
   * The display the training run draws on: the desktop's own where there is one, else (on Linux
   * without $DISPLAY) a private Xvfb started for the run and stopped after it.
   */
  record Display(Process xvfb, String displayName) implements AutoCloseable {

    static Display open(Os os, Path work) throws IOException {
      if (os != Os.LINUX || System.getenv("DISPLAY") != null) {
        return new Display(null, null);
      }
      Process xvfb;
      try {
        xvfb =
            new ProcessBuilder(
                    "Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                .redirectError(work.resolve("xvfb.log").toFile())
                .start();
      } catch (IOException e) {
        throw new Failure(
            "the training run needs a display: set DISPLAY, or install Xvfb (apt-get install xvfb)");
      }
      String number =
          new String(readLine(xvfb.getInputStream()), StandardCharsets.US_ASCII).strip();
      if (number.isEmpty()) {
        xvfb.destroy();
        throw new Failure("Xvfb did not start; see " + work.resolve("xvfb.log"));
      }
      return new Display(xvfb, ":" + number);
    }

    java.util.Optional<String> name() {
      return java.util.Optional.ofNullable(displayName);
    }

    private static byte[] readLine(InputStream in) throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
        line.write(b);
      }
      return line.toByteArray();
    }

    @Override
    public void close() throws InterruptedException {
      if (xvfb != null) {
        xvfb.destroy();
        xvfb.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}
