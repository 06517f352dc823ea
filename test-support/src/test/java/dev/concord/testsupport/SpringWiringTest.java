package dev.concord.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = WiringTestApplication.class)
class SpringWiringTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "wiring");
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    Environment environment;

    @Test
    void dataSourceWorksInTheRegisteredSchema() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS setting (name text PRIMARY KEY, value text)");
        jdbc.update("INSERT INTO setting VALUES ('mode', ?) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value",
                SharedInfrastructure.mode().name());

        assertThat(jdbc.queryForObject("SELECT current_schema()", String.class)).isEqualTo("wiring");
        assertThat(jdbc.queryForObject("SELECT value FROM wiring.setting WHERE name = 'mode'", String.class))
                .isEqualTo(SharedInfrastructure.mode().name());
        assertThat(environment.getProperty("spring.flyway.schemas")).isEqualTo("wiring");
    }

    @Test
    void kafkaTemplateSendsToTheSharedBroker() throws Exception {
        String topic = "concord.wiring." + UUID.randomUUID();
        kafka.send(topic, "round-7", "decided").get();

        assertThat(KafkaTestConsumer.awaitRecord(topic, r -> r.key().equals("round-7"), Duration.ofSeconds(20))
                .value()).isEqualTo("decided");
    }
}
