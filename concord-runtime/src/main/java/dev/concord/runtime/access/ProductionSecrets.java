package dev.concord.runtime.access;

import java.util.List;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Secrets a service cannot run without in production. Outside production a missing one only closes what it guards;
 * with the {@code prod} profile active the service refuses to start, so a deployment that forgot a secret fails at
 * once instead of refusing every call it should serve.
 */
public final class ProductionSecrets {

    public static final String PRODUCTION_PROFILE = "prod";

    private ProductionSecrets() {
    }

    /**
     * @param secrets property name to configured value
     * @throws IllegalStateException in the {@code prod} profile, naming every property that is blank
     */
    public static void require(Environment environment, Map<String, String> secrets) {
        if (!environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
            return;
        }
        List<String> missing = secrets.entrySet().stream()
                .filter(e -> e.getValue() == null || e.getValue().isBlank())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the '" + PRODUCTION_PROFILE + "' profile is active and " + missing
                    + (missing.size() == 1 ? " is" : " are") + " not set: refusing to start without "
                    + (missing.size() == 1 ? "it" : "them"));
        }
    }
}
