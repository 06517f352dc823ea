package dev.concord.runtime.identity;

import java.nio.file.Path;

/**
 * Where an agent finds one operator's key ({@code concord.<agent>.operators.<name>}): a key file (as node keys are
 * kept: Base64 private key, then Base64 public key), or the key material itself (e.g. from a secret). Set one of the
 * two. A named operator with neither keeps its key in the agent's key directory, created on first use.
 *
 * @param keyFile    an existing key file; it is not created (a typo must not become a new operator)
 * @param privateKey Base64 PKCS#8 Ed25519 private key, with {@code publicKey}
 * @param publicKey  Base64 X.509 Ed25519 public key, with {@code privateKey}
 */
public record OperatorKeySource(Path keyFile, String privateKey, String publicKey) {

    public OperatorKeySource {
        boolean material = privateKey != null && !privateKey.isBlank() || publicKey != null && !publicKey.isBlank();
        if (keyFile != null && material) {
            throw new IllegalArgumentException("an operator key comes from key-file or from private-key and "
                    + "public-key, not both");
        }
        if (material && (privateKey == null || privateKey.isBlank() || publicKey == null || publicKey.isBlank())) {
            throw new IllegalArgumentException("an operator key given as material needs both private-key and "
                    + "public-key");
        }
    }
}
