package dev.concord.runtime.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The operator keys of an agent's nodes, by the name a node's {@code operator} setting gives: from the configured
 * {@link OperatorKeySource} when there is one, else from {@code <directory>/<name>.key}, created on first use like a
 * node key, so an operator keeps its id across restarts. The operator id is derived from the key, not from the name.
 */
public class OperatorKeyStore {

    private final Path directory;
    private final Map<String, OperatorKeySource> configured;
    private final Map<String, OperatorKey> loaded = new ConcurrentHashMap<>();

    public OperatorKeyStore(Path directory, Map<String, OperatorKeySource> configured) {
        this.directory = directory;
        this.configured = configured == null ? Map.of() : Map.copyOf(configured);
    }

    public OperatorKey load(String name) {
        return loaded.computeIfAbsent(name, this::read);
    }

    private OperatorKey read(String name) {
        OperatorKeySource source = configured.get(name);
        if (source == null) {
            return OperatorKey.of(KeyFiles.loadOrCreate(directory.resolve(name + ".key")));
        }
        if (source.keyFile() != null) {
            if (!Files.isRegularFile(source.keyFile())) {
                throw new IllegalStateException("the key file of operator " + name + ", " + source.keyFile()
                        + ", does not exist");
            }
            return OperatorKey.of(KeyFiles.read(source.keyFile()));
        }
        if (source.privateKey() != null) {
            return OperatorKey.of(KeyFiles.pair(source.privateKey(), source.publicKey(), "operator " + name));
        }
        return OperatorKey.of(KeyFiles.loadOrCreate(directory.resolve(name + ".key")));
    }
}
