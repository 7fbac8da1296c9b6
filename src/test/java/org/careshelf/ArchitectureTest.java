package org.careshelf;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of DESIGN.md, checked on the compiled classes: its "may use" column row by row,
 * and the rules under it. A class that breaks one on purpose carries {@link AllowedTo} with why.
 */
class ArchitectureTest {

  static final String JDK = "java..";
  static final String SQL = "java.sql..";
  static final String SQLITE = "org.sqlite..";
  static final String FLEXMARK = "com.vladsch.flexmark..";
  static final String YAML = "org.yaml.snakeyaml..";

  /** Classes in {@code pkg} may depend on nothing but their own package and {@code allowed}. */
  static void mayUseOnly(String pkg, String... allowed) {
    String[] all = new String[allowed.length + 3];
    all[0] = pkg;
    all[1] = JDK;
    all[2] = "org.careshelf";
    System.arraycopy(allowed, 0, all, 3, allowed.length);
    classes()
        .that()
        .resideInAPackage(pkg)
        .and(not(annotatedWith(AllowedTo.class)))
        .should()
        .onlyDependOnClassesThat(resideInAnyPackage(all))
        .because("DESIGN.md: " + pkg + " may use only " + String.join(", ", allowed))
        .check(classes);
  }

  @Test
  void contentUsesFlexmarkYamlAndTheLibraryFormatOnly() {
    mayUseOnly("org.careshelf.content..", FLEXMARK, YAML, "org.careshelf.library..");
  }

  @Test
  void handoutsUseTheLibraryContentRecordsAndThePdfLibraryOnly() {
    // PDFBox with its FontBox; Flexmark for the articles' Markdown; ZXing for the QR code.
    mayUseOnly(
        "org.careshelf.handout..",
        "org.careshelf.library..",
        "org.careshelf.content..",
        "org.apache.pdfbox..",
        "org.apache.fontbox..",
        FLEXMARK,
        "com.google.zxing..");
    noClasses()
        .that()
        .resideInAPackage("org.careshelf.handout..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "org.careshelf.ui..", SQL)
        .check(classes);
  }

  @Test
  void theLibraryFormatUsesJdbcOnly() {
    mayUseOnly("org.careshelf.library..", SQLITE, "org.careshelf.sqlite..");
  }

  @Test
  void theSqliteHelpersUseJdbcOnly() {
    mayUseOnly("org.careshelf.sqlite..", SQLITE);
  }

  @Test
  void theUserStoreUsesJdbcOnly() {
    mayUseOnly("org.careshelf.store..", SQLITE, "org.careshelf.sqlite..");
  }

  @Test
  void searchUsesTheLibraryAndItsConnectionOnly() {
    mayUseOnly(
        "org.careshelf.search..",
        "org.careshelf.library..",
        "org.careshelf.sqlite..",
        "org.apache.commons.codec..");
    noClasses()
        .that()
        .resideInAPackage("org.careshelf.search..")
        .and(not(annotatedWith(AllowedTo.class)))
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.sql.DriverManager")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage(SQLITE, "javax.sql..")
        .orShould()
        .callMethod(org.careshelf.library.LibraryReader.class, "open", java.nio.file.Path.class)
        .because("search opens no connection of its own: it uses the library's")
        .check(classes);
  }

  @Test
  void speechUsesTheContentRecordsOnly() {
    mayUseOnly("org.careshelf.speech..", "org.careshelf.content..", "org.careshelf.library..");
    // Records only: the Markdown walk, the compiler and the library file stay outside speech.
    noClasses()
        .that()
        .resideInAPackage("org.careshelf.speech..")
        .should()
        .dependOnClassesThat()
        .haveNameMatching(
            "org\\.careshelf\\.(content\\.(Passages|Markdown|LibraryCompiler|ArticlesFolder)"
                + "|library\\.(LibraryReader|LibraryWriter|LibraryInstaller))")
        .because("DESIGN.md: speech may use content records")
        .check(classes);
  }

  @Test
  void contentUsesNoSql() {
    noClasses()
        .that()
        .resideInAPackage("org.careshelf.content..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(SQL, SQLITE)
        .check(classes);
  }

  @Test
  void viewModelsUseNoToolkitThreadsStagesOrNodes() {
    noClasses()
        .that()
        .haveNameMatching(".*ViewModel(\\$.*)?")
        .and(not(annotatedWith(AllowedTo.class)))
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("javafx.application.Platform")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx.concurrent..", "javafx.stage..", "javafx.scene..")
        .because("a view model is tested without a toolkit")
        .check(classes);
  }

  @Test
  void onlyTheCompositionRootOpensStoresAndBuildsViewModels() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.careshelf.app..")
        .and(not(annotatedWith(AllowedTo.class)))
        .should()
        .callMethod(org.careshelf.library.LibraryReader.class, "open", java.nio.file.Path.class)
        .orShould()
        .callMethod(
            org.careshelf.store.UserStore.class,
            "open",
            java.nio.file.Path.class,
            java.time.Clock.class)
        .orShould()
        .callMethod(
            org.careshelf.search.SearchEngine.class,
            "open",
            org.careshelf.library.LibraryReader.class)
        .orShould()
        .callConstructorWhere(
            com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                    com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(
                        ".*ViewModel"))))
        .because("every store, engine and view model is made in app, the composition root")
        .check(classes);
  }

  static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.careshelf");
  }

  @Test
  void contentStoreAndSearchKnowNothingOfTheUi() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.careshelf.content..",
            "org.careshelf.store..",
            "org.careshelf.search..",
            "org.careshelf.handout..",
            "org.careshelf.speech..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "org.careshelf.ui..", "org.controlsfx..")
        .check(classes);
  }

  @Test
  void theUiNeverTouchesSql() {
    noClasses()
        .that()
        .resideInAPackage("org.careshelf.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "org.sqlite..")
        .check(classes);
  }

  @Test
  void viewModelsUseNoControls() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("ViewModel")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx.scene..", "org.controlsfx..")
        .check(classes);
  }

  @Test
  void onlyTheAppPackageWiresEverything() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.careshelf.app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.careshelf.app..")
        .check(classes);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.careshelf.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void featurePackagesOfTheUiHaveNoCycles() {
    slices().matching("org.careshelf.ui.(*)..").should().beFreeOfCycles().check(classes);
  }
}
