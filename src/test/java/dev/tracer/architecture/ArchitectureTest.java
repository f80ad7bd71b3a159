package dev.tracer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of the production code, checked on the compiled classes (tests excluded). */
@AnalyzeClasses(packages = "dev.tracer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule maven_api_is_used_only_in_the_maven_package = noClasses()
            .that().resideOutsideOfPackage("dev.tracer.maven..")
            // HelpMojo, which maven-plugin-plugin generates into dev.tracer.tracer_maven_plugin, is a mojo too.
            .and().resideOutsideOfPackage("dev.tracer.tracer_maven_plugin")
            .should().dependOnClassesThat().resideInAPackage("org.apache.maven..")
            .because("the core runs without Maven; only dev.tracer.maven adapts it");

    // The listener runs inside the user's test JVM, whose classpath has only the JDK and the test frameworks.
    @ArchTest
    static final ArchRule listener_depends_only_on_the_jdk_and_the_test_frameworks = classes()
            .that().resideInAPackage("dev.tracer.listener..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "javax..", "jdk..", "org.junit..", "org.testng..", "dev.tracer.listener..")
            .because("the listener jar is put on the user's test classpath, which has nothing else");

    @ArchTest
    static final ArchRule pipeline_does_not_use_maven = noClasses()
            .that().resideInAPackage("dev.tracer.pipeline..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.maven..");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
            .matching("dev.tracer.(**)")
            .should().beFreeOfCycles();

    // Slices are whole packages, so the rule above sees dev.tracer.scenario and each of its subpackages apart.
    @ArchTest
    static final ArchRule scenario_cache_knows_nothing_it_stores = noClasses()
            .that().resideInAPackage("dev.tracer.scenario.cache..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.tracer.scenario", "dev.tracer.scenario.parse..",
                    "dev.tracer.scenario.adapter..", "dev.tracer.scenario.report..", "dev.tracer.model..")
            .because("the extraction encodes what it caches (CacheCodec); the cache only stores bytes by file");

    @ArchTest
    static final ArchRule scenario_parsing_does_not_depend_on_extraction = noClasses()
            .that().resideInAPackage("dev.tracer.scenario.parse..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.tracer.scenario", "dev.tracer.scenario.cache..",
                    "dev.tracer.scenario.report..", "dev.tracer.scenario.adapter.builtin..")
            .because("parsing reads JavaParser trees into SourceModel; the extraction builds on it, not the reverse");
}
