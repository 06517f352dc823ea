package dev.concord.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Resolves "port 0" to a concrete free port before a server is configured with it. */
public final class FreePort {

    private FreePort() {
    }

    static void requireValid(int port, String name) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(name + " must be 0 (pick a free one) or a TCP port, was " + port);
        }
    }

    /**
     * Returns {@code requested} unless it is 0, then a port that was free a moment ago. KRaft needs the
     * controller port in its own configuration, so letting the server bind port 0 is not an option; the small
     * window between probing and binding is acceptable on a developer or CI machine.
     */
    public static int resolve(int requested) {
        if (requested != 0) {
            return requested;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on loopback", e);
        }
    }
}
