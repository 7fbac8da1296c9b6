package org.careshelf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of DESIGN.md, checked on the compiled classes. */
class ArchitectureTest {

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
            "org.careshelf.content..", "org.careshelf.store..", "org.careshelf.search..")
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
