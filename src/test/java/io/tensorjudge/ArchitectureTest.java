package io.tensorjudge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of docs/architecture.md: web -> domain packages -> config, never back. */
@AnalyzeClasses(packages = "io.tensorjudge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule sandboxKnowsOnlyItsConfig = noClasses().that().resideInAPackage("..sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage("io.tensorjudge.bank..", "io.tensorjudge.reference..",
                    "io.tensorjudge.grading..", "io.tensorjudge.web..")
            .because("the sandbox only runs code; what the code means is decided elsewhere");

    @ArchTest
    static final ArchRule referenceStandsAlone = noClasses().that().resideInAPackage("..reference..")
            .should().dependOnClassesThat().resideInAnyPackage("io.tensorjudge.bank..", "io.tensorjudge.sandbox..",
                    "io.tensorjudge.grading..", "io.tensorjudge.web..");

    @ArchTest
    static final ArchRule bankDependsOnNoPipeline = noClasses().that().resideInAPackage("..bank..")
            .should().dependOnClassesThat().resideInAnyPackage("io.tensorjudge.sandbox..", "io.tensorjudge.grading..",
                    "io.tensorjudge.web..");

    @ArchTest
    static final ArchRule gradingNeverUsesWeb = noClasses().that().resideInAPackage("..grading..")
            .should().dependOnClassesThat().resideInAPackage("io.tensorjudge.web..");

    @ArchTest
    static final ArchRule authoringSitsBetweenWebAndGrading = noClasses().that().resideInAnyPackage(
                    "io.tensorjudge.bank..", "io.tensorjudge.grading..", "io.tensorjudge.sandbox..",
                    "io.tensorjudge.reference..")
            .should().dependOnClassesThat().resideInAPackage("io.tensorjudge.authoring..")
            .because("authoring uses the bank and the grader; they never know about drafts or publishing");

    @ArchTest
    static final ArchRule authoringNeverUsesWeb = noClasses().that().resideInAPackage("..authoring..")
            .and().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("io.tensorjudge.web..");

    @ArchTest
    static final ArchRule onlyWebSpeaksHttpAndTemplates = noClasses().that().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.quarkus.qute..")
            .because("resources and pages live in web; domain services never build a Response");

    @ArchTest
    static final ArchRule mutationUsesOnlyTheGrader = noClasses().that().resideInAPackage("io.tensorjudge.mutation..")
            .should().dependOnClassesThat().resideInAnyPackage("io.tensorjudge.web..", "io.tensorjudge.authoring..",
                    "io.tensorjudge.assessment..", "io.tensorjudge.statistics..", "io.tensorjudge.account..",
                    "io.tensorjudge.reference..")
            .because("mutation analysis grades mutants through grading.Grader like any submission; authoring uses it");

    @ArchTest
    static final ArchRule nothingBelowAuthoringUsesMutation = noClasses().that().resideInAnyPackage(
                    "io.tensorjudge.bank..", "io.tensorjudge.grading..", "io.tensorjudge.sandbox..",
                    "io.tensorjudge.reference..", "io.tensorjudge.config..")
            .should().dependOnClassesThat().resideInAPackage("io.tensorjudge.mutation..");

    @ArchTest
    static final ArchRule integrityIsPureJava = noClasses().that().resideInAPackage("io.tensorjudge.integrity..")
            .should().dependOnClassesThat().resideInAnyPackage("io.tensorjudge.bank..", "io.tensorjudge.grading..",
                    "io.tensorjudge.assessment..", "io.tensorjudge.statistics..", "io.tensorjudge.web..",
                    "jakarta..", "io.quarkus..")
            .because("fingerprinting is plain computation on strings; callers bring the code");

    @ArchTest
    static final ArchRule statisticsNeverUsesWeb = noClasses().that().resideInAPackage("io.tensorjudge.statistics..")
            .should().dependOnClassesThat().resideInAPackage("io.tensorjudge.web..");

    @ArchTest
    static final ArchRule assessmentsNeverUseWeb = noClasses().that().resideInAPackage("io.tensorjudge.assessment..")
            .should().dependOnClassesThat().resideInAnyPackage("io.tensorjudge.web..", "io.tensorjudge.sandbox..")
            .because("assessments grade through grading.SubmissionService and know nothing of HTTP");

    /** The practice site (top-level web classes) sees only public items; the staff views are for staff areas. */
    @ArchTest
    static final ArchRule practiceSiteUsesOnlyThePublicViews = noClasses().that()
            .resideInAPackage("io.tensorjudge.web")
            .should().callMethod(io.tensorjudge.bank.QuestionService.class, "list", String.class, String.class)
            .orShould().callMethod(io.tensorjudge.bank.QuestionService.class, "find", String.class)
            .orShould().callMethod(io.tensorjudge.bank.QuestionService.class, "scorable", String.class)
            .orShould().callMethod(io.tensorjudge.bank.ExerciseCatalog.class, "list")
            .orShould().callMethod(io.tensorjudge.bank.ExerciseCatalog.class, "find", String.class)
            .orShould().callMethod(io.tensorjudge.grading.SubmissionService.class, "find", String.class)
            .because("a private item, or a submission made in an assessment, must not exist for the practice site: "
                    + "use listPublic/findPublic/filterPublic and SubmissionService.findPractice");
}
