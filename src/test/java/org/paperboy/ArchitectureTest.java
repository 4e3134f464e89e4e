package org.paperboy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package boundaries of the house rules (DESIGN.md), checked on the compiled service: the commands
 * on top, then the wiring, then making the issues, then the features; each library inside the one
 * package that adapts it; no cycles; benchmark code out of the service's reach.
 */
@AnalyzeClasses(packages = "org.paperboy", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theRootPackageIsEmpty = noClasses().should().resideInAPackage("org.paperboy")
            .because("a newcomer finds where things are from the folder names");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.paperboy.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("org.paperboy.cli..")
            .layer("bench").definedBy("org.paperboy.bench..")
            .layer("app").definedBy("org.paperboy.app..")
            .layer("publish").definedBy("org.paperboy.publish..")
            .layer("store").definedBy("org.paperboy.store..")
            .layer("web").definedBy("org.paperboy.web..")
            .layer("schedule").definedBy("org.paperboy.schedule..")
            .layer("features").definedBy("org.paperboy.paper..", "org.paperboy.ingest..", "org.paperboy.subscriber..",
                    "org.paperboy.score..", "org.paperboy.embed..", "org.paperboy.llm..", "org.paperboy.issue..",
                    "org.paperboy.render..", "org.paperboy.deliver..", "org.paperboy.inbound..", "org.paperboy.config..",
                    "org.paperboy.http..", "org.paperboy.metrics..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("app").mayOnlyBeAccessedByLayers("cli", "bench")
            // the store implements the ports that making issues declares
            .whereLayer("publish").mayOnlyBeAccessedByLayers("app", "cli", "bench", "store")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app", "cli", "bench")
            .whereLayer("web").mayOnlyBeAccessedByLayers("app", "cli", "bench")
            .whereLayer("schedule").mayOnlyBeAccessedByLayers("app", "cli", "bench", "store");

    @ArchTest
    static final ArchRule benchmarksAreOutOfTheServicesReach = noClasses().that()
            .resideOutsideOfPackages("org.paperboy.bench..", "org.paperboy.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.paperboy.bench..");

    @ArchTest
    static final ArchRule sqlLibrariesStayInStore = confined("org.paperboy.store..",
            "org.jdbi..", "org.flywaydb..", "com.zaxxer..", "org.sqlite..", "org.postgresql..");

    @ArchTest
    static final ArchRule quartzStaysInSchedule = confined("org.paperboy.schedule..", "org.quartz..");

    @ArchTest
    static final ArchRule theHttpServerStaysInWeb = confined("org.paperboy.web..", "io.javalin..", "org.eclipse.jetty..");

    @ArchTest
    static final ArchRule mailLibrariesStayInDeliver = confined("org.paperboy.deliver..",
            "jakarta.mail..", "org.eclipse.angus..", "com.icegreen..", "org.simplejavamail..");

    @ArchTest
    static final ArchRule pebbleStaysInRender = confined("org.paperboy.render..", "io.pebbletemplates..");

    @ArchTest
    static final ArchRule theModelRuntimeStaysInEmbed = confined("org.paperboy.embed..",
            "dev.langchain4j..", "ai.onnxruntime..", "ai.djl..");

    /** Failsafe and Caffeine are general tools any package may use, but rendering keeps neither: Pebble caches its own templates. */
    @ArchTest
    static final ArchRule retriesAndCachesStayOffTheTemplates = noClasses().that().resideInAPackage("org.paperboy.render..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.failsafe..", "com.github.benmanes.caffeine..")
            .because("a template renders what it is given; what to cache or retry is decided before it");

    @ArchTest
    static final ArchRule micrometerStaysInMetrics = confined("org.paperboy.metrics..", "io.micrometer..", "io.prometheus..");

    @ArchTest
    static final ArchRule picocliStaysInTheCommands = noClasses().that()
            .resideOutsideOfPackages("org.paperboy.cli..", "org.paperboy.bench..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    private static ArchRule confined(String home, String... libraries) {
        return noClasses().that().resideOutsideOfPackage(home)
                .should().dependOnClassesThat().resideInAnyPackage(libraries)
                .because("each library is used through the one package that adapts it");
    }
}
