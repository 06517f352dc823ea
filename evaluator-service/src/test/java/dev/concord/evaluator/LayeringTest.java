package dev.concord.evaluator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.concord.evaluator", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    /** Scoring and evaluation are the domain: they know no Spring, no Kafka and none of the service's wiring. */
    @ArchTest
    static final ArchRule domainKnowsNoTransportOrWiring = noClasses()
            .that().resideInAnyPackage("dev.concord.evaluator.scoring..", "dev.concord.evaluator.evaluation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "dev.concord.runtime..", "dev.concord.evaluator.messaging..", "dev.concord.evaluator.config..");

    @ArchTest
    static final ArchRule scorersDoNotKnowEvaluations = noClasses()
            .that().resideInAPackage("dev.concord.evaluator.scoring..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.concord.evaluator.evaluation..", "dev.concord.protocol..");
}
