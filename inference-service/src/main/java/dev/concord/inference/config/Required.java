package dev.concord.inference.config;

import java.time.Duration;

/** Start-up checks of the agent's settings, so a bad configuration fails at boot with the property's name. */
final class Required {

    private Required() {
    }

    static void text(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(property + " must be set");
        }
    }

    static void present(Object value, String property) {
        if (value == null) {
            throw new IllegalArgumentException(property + " must be set");
        }
    }

    static void notNegative(long value, String property) {
        if (value < 0) {
            throw new IllegalArgumentException(property + " must not be negative, was " + value);
        }
    }

    static void positive(Duration value, String property) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(property + " must be a positive duration, was " + value);
        }
    }
}
