package dev.concord.platform;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository a platform runs from, and the repackaged jar of each service in it. */
public final class ServiceJars {

    private final Path repository;

    private ServiceJars(Path repository) {
        this.repository = repository;
    }

    /** Walks up from the working directory to the folder holding the parent pom and the service modules. */
    public static ServiceJars locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("gateway-service"))) {
                return new ServiceJars(dir);
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("run from inside the Concord repository: no folder above "
                + Path.of("").toAbsolutePath() + " holds mvnw and gateway-service/");
    }

    public Path repository() {
        return repository;
    }

    public Path jar(String service) {
        Path jar = repository.resolve(service).resolve("target").resolve(service + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw -B package -DskipTests)");
        }
        return jar;
    }
}
