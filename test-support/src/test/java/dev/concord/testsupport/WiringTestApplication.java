package dev.concord.testsupport;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest Boot application: only auto-configured DataSource, JdbcTemplate and KafkaTemplate. */
@SpringBootApplication
class WiringTestApplication {
}
