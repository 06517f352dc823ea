package dev.concord.reward;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.concord.reward.persistence.LedgerRepository;
import dev.concord.reward.settlement.SettlementPlan;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The layout of service-conventions.md, checked: the domain (ledger, accounts, settlement) knows no Kafka, HTTP, JDBC
 * or adapters.
 */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.concord.reward");

    @Test
    void domainDependsOnNoAdapter() {
        noClasses().that().resideInAnyPackage("dev.concord.reward.settlement..", "dev.concord.reward.account..",
                        "dev.concord.reward.ledger..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.concord.reward.messaging..", "dev.concord.reward.persistence..", "dev.concord.reward.web..",
                        "dev.concord.reward.config..", "org.apache.kafka..", "org.springframework.kafka..",
                        "org.springframework.jdbc..", "java.sql..", "org.springframework.web..", "org.springframework.http..")
                .check(CLASSES);
    }

    @Test
    void readApiNeverWrites() {
        noClasses().that().resideInAPackage("dev.concord.reward.web..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.concord.reward.messaging..")
                .orShould().callMethod(LedgerRepository.class, "record", SettlementPlan.class, Instant.class)
                .check(CLASSES);
    }
}
