package dev.concord.runtime.outbox;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest application that gets the runtime's auto-configuration, for testing it. */
@SpringBootApplication
class OutboxTestApplication {
}
