package org.marsad.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine is plain Java over its knowledge: no I/O frameworks, no network, no database, no app code. */
class ArchitectureTest {
    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.marsad.engine");
    }

    @Test
    void engineHasClassesToCheck() {
        org.assertj.core.api.Assertions.assertThat(engine.size()).isGreaterThan(50);
    }

    @Test
    void engineDoesNotDependOnJackson() {
        rule("com.fasterxml.jackson..").check(engine);
    }

    @Test
    void engineDoesNotDependOnJsoup() {
        rule("org.jsoup..").check(engine);
    }

    @Test
    void engineDoesNotDependOnPicocli() {
        rule("picocli..").check(engine);
    }

    @Test
    void engineDoesNotUseJdbc() {
        rule("java.sql..").check(engine);
    }

    @Test
    void engineDoesNotUseTheHttpClient() {
        rule("java.net.http..").check(engine);
    }

    @Test
    void engineDoesNotDependOnTheApp() {
        rule("org.marsad.app..").check(engine);
    }

    private static ArchRule rule(String forbidden) {
        return noClasses().that().resideInAPackage("org.marsad.engine..")
                .should().dependOnClassesThat().resideInAPackage(forbidden)
                .because("the engine must stay free of I/O frameworks and of the app");
    }
}
