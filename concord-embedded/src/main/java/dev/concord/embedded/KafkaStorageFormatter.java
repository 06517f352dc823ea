package dev.concord.embedded;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;

/** Formats KRaft storage the way {@code kafka-storage.sh format} does, without letting it end the JVM. */
final class KafkaStorageFormatter {

    private KafkaStorageFormatter() {
    }

    /**
     * Formats {@code logDirectory} (the one named in {@code serverProperties}) unless it already holds a
     * formatted node. The tool's own {@code --ignore-formatted} is no help on a restart: it still checks the
     * stored cluster id against the new one given to it and fails.
     */
    static void formatUnlessFormatted(Path serverProperties, Path logDirectory) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        String[] args = {
                "format",
                "--cluster-id", Uuid.randomUuid().toString(),
                "--config", serverProperties.toString()};
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status;
        // Exit is global state: serialise brokers formatting at the same time in one JVM.
        synchronized (KafkaStorageFormatter.class) {
            Exit.setExitProcedure((code, message) -> {
                throw new IllegalStateException("kafka-storage format wanted to exit " + code + ": " + message);
            });
            try {
                status = StorageTool.execute(args, new PrintStream(output, true, StandardCharsets.UTF_8));
            } finally {
                Exit.resetExitProcedure();
            }
        }
        if (status != 0) {
            throw new IllegalStateException("kafka-storage format failed (" + status + "): "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }
}
