package dev.concord.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A server's data directory: either the caller's (kept) or a temporary one (deleted on release). */
record WorkDirectory(Path path, boolean temporary) {

    static WorkDirectory of(Path configured, String tempPrefix) {
        try {
            if (configured == null) {
                return new WorkDirectory(Files.createTempDirectory(tempPrefix), true);
            }
            return new WorkDirectory(Files.createDirectories(configured.toAbsolutePath()), false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare data directory " + configured, e);
        }
    }

    void release() {
        if (!temporary) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            // Deepest first, so each directory is empty when its turn comes.
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete temporary directory " + path, e);
        }
    }
}
