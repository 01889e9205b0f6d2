package org.marsad.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The app builds on the engine; the engine never reaches back into the app. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.marsad.app", "org.marsad.engine");
    }

    private static long count(String packagePrefix) {
        return classes.stream().filter(c -> c.getPackageName().startsWith(packagePrefix)).count();
    }

    @Test
    void bothModulesAreImported() {
        assertThat(count("org.marsad.engine")).isGreaterThan(50);
        assertThat(count("org.marsad.app")).isGreaterThan(20);
    }

    @Test
    void engineDoesNotDependOnTheApp() {
        noClasses().that().resideInAPackage("org.marsad.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.marsad.app..")
                .because("the engine is a library the app uses, never the other way round")
                .check(classes);
    }

    @Test
    void appUsesTheEngine() {
        boolean usesEngine = classes.stream().filter(c -> c.getPackageName().startsWith("org.marsad.app"))
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .map(d -> d.getTargetClass()).map(JavaClass::getPackageName)
                .anyMatch(p -> p.startsWith("org.marsad.engine"));
        assertThat(usesEngine).isTrue();
    }

    @Test
    void inputAndOutputDoNotDependOnTheCli() {
        noClasses().that().resideInAnyPackage("org.marsad.app.input..", "org.marsad.app.output..", "org.marsad.app.eval..")
                .should().dependOnClassesThat().resideInAPackage("org.marsad.app.cli..")
                .check(classes);
    }
}
