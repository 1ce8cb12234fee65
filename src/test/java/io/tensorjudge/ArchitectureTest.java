package io.tensorjudge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The package rules of docs/architecture.md. {@link #MAY_USE} is that document's table ({@code ArchitectureDocTest}
 * fails when they differ); the other rules are the ones the document states in words.
 */
@AnalyzeClasses(packages = "io.tensorjudge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Package (under io.tensorjudge) → the packages it may use. Anything not listed is forbidden. */
    static final Map<String, List<String>> MAY_USE = table(
            "common", List.of(),
            "config", List.of(),
            "reference", List.of(),
            "integrity", List.of("common"),
            "account", List.of("common", "config"),
            "wire", List.of(),
            "sandbox.jail", List.of("common", "config"),
            "sandbox", List.of("common", "config", "sandbox.jail", "wire"),
            "bank", List.of("common", "config"),
            "grading", List.of("bank", "common", "config", "reference", "sandbox", "wire"),
            "assessment", List.of("account", "bank", "common", "config", "grading"),
            "authoring", List.of("bank", "common", "config", "grading", "mutation"),
            "mutation", List.of("bank", "common", "config", "grading", "sandbox"),
            "operations", List.of("common", "config"),
            "statistics", List.of("account", "assessment", "bank", "common", "grading", "integrity"),
            "web", List.of("account", "assessment", "authoring", "bank", "common", "config", "grading", "integrity",
                    "operations", "statistics"));

    @ArchTest
    static final ArchRule layersUseOnlyWhatTheTableAllows = layers();

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("io.tensorjudge.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule entitiesStayInTheirPackage = classes().that().areAnnotatedWith(Entity.class)
            .should(beUsedOnlyInTheirOwnPackage())
            .because("other packages go through the owning package's service and get records");

    @ArchTest
    static final ArchRule onlyWebSpeaksHttpAndTemplates = noClasses().that().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.quarkus.qute..",
                    "org.jboss.resteasy..", "io.vertx.ext.web..")
            .because("resources and pages live in web; domain services never build a Response or know a status");

    @ArchTest
    static final ArchRule endpointsAreResourcesOrPages = classes().that().areAnnotatedWith(Path.class)
            .should().resideInAPackage("..web..")
            .andShould().haveSimpleNameEndingWith("Resource").orShould().haveSimpleNameEndingWith("Page")
            .orShould().haveSimpleNameEndingWith("Pages");

    @ArchTest
    static final ArchRule resourcesAreEndpoints = classes().that().haveSimpleNameEndingWith("Resource")
            .should().beAnnotatedWith(Path.class).andShould().resideInAPackage("..web..");

    @ArchTest
    static final ArchRule viewsAndRequestsBelongToWeb = classes().that().haveSimpleNameEndingWith("View")
            .or().haveSimpleNameEndingWith("Request").and().areTopLevelClasses()
            .should().resideInAPackage("..web..")
            .because("…View and …Request are the API's and the pages' shapes; domain services return their own records");


    /** web.practice, web.candidate and web.staff (with its sub-packages) share only what top-level web holds. */
    @ArchTest
    static final ArchRule audiencesDoNotUseEachOther = slices().matching("io.tensorjudge.web.(*)..")
            .namingSlices("web.$1").should().notDependOnEachOther()
            .because("practice, candidate and staff pages are separate audiences; what they share lives in web");

    @ArchTest
    static final ArchRule sharedWebKnowsNoAudience = noClasses().that().resideInAPackage("io.tensorjudge.web")
            .should().dependOnClassesThat().resideInAnyPackage("io.tensorjudge.web.practice..",
                    "io.tensorjudge.web.candidate..", "io.tensorjudge.web.staff..")
            .because("top-level web is what every audience shares (language, errors, security headers, rendering)");

    @ArchTest
    static final ArchRule pagesNeverUseResources = noClasses().that().haveSimpleNameEndingWith("Page")
            .or().haveSimpleNameEndingWith("Pages")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Resource")
            .because("pages call the domain services (or a shared view builder), never a REST resource");

    /** The practice site sees only public items; the staff views are for staff and assessment areas. */
    @ArchTest
    static final ArchRule practiceSiteUsesOnlyThePublicViews = noClasses().that()
            .resideInAPackage("io.tensorjudge.web.practice..")
            .should().callMethod(io.tensorjudge.bank.QuestionService.class, "list", String.class, String.class)
            .orShould().callMethod(io.tensorjudge.bank.QuestionService.class, "find", String.class)
            .orShould().callMethod(io.tensorjudge.bank.QuestionService.class, "scorable", String.class)
            .orShould().callMethod(io.tensorjudge.bank.ExerciseCatalog.class, "list")
            .orShould().callMethod(io.tensorjudge.bank.ExerciseCatalog.class, "find", String.class)
            .orShould().callMethod(io.tensorjudge.grading.SubmissionService.class, "find", String.class)
            .because("a private item, or a submission made in an assessment, must not exist for the practice site: "
                    + "use listPublic/findPublic/filterPublic and SubmissionService.findPractice");

    private static LayeredArchitecture layers() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String name : MAY_USE.keySet()) {
            layers = layers.layer(name).definedBy(inLayer(name));
        }
        for (Map.Entry<String, List<String>> entry : MAY_USE.entrySet()) {
            layers = entry.getValue().isEmpty() ? layers.whereLayer(entry.getKey()).mayNotAccessAnyLayer()
                    : layers.whereLayer(entry.getKey()).mayOnlyAccessLayers(entry.getValue().toArray(String[]::new));
        }
        return layers;
    }

    /** The package of a row and its sub-packages, except those with a row of their own (sandbox.jail). */
    private static DescribedPredicate<JavaClass> inLayer(String name) {
        return DescribedPredicate.describe("in io.tensorjudge." + name, c -> owner(c.getPackageName()).equals(name));
    }

    /** The row of the table a package belongs to: the longest row name that is the package or a parent of it. */
    static String owner(String packageName) {
        String best = "";
        for (String row : MAY_USE.keySet()) {
            String p = "io.tensorjudge." + row;
            if ((packageName.equals(p) || packageName.startsWith(p + ".")) && row.length() > best.length()) {
                best = row;
            }
        }
        return best;
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
        return new ArchCondition<>("be used only in their own package") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                for (Dependency dependency : entity.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    if (!user.getPackageName().equals(entity.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static Map<String, List<String>> table(Object... pairs) {
        Map<String, List<String>> table = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> uses = (List<String>) pairs[i + 1];
            table.put((String) pairs[i], uses);
        }
        return table;
    }
}
