package dev.concord.inference;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of service-conventions.md: the domain and the model-server client know nothing of Kafka or Spring. */
@AnalyzeClasses(packages = "dev.concord.inference", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule agentIsPlainJava = noClasses().that().resideInAPackage("..inference.agent..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework..",
                    "..inference.messaging..", "..inference.config..");

    @ArchTest
    static final ArchRule modelServerClientStandsAlone = noClasses().that().resideInAPackage("..inference.modelserver..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework..",
                    "..inference.agent..", "..inference.messaging..", "..inference.config..");
}
