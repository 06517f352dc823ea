package dev.concord.modelsim;

import dev.concord.modelsim.model.SimulatedModel;
import dev.concord.modelsim.server.ModelSimServer;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the default swarm: {@code java dev.concord.modelsim.ModelSimMain [--bind ADDRESS] [basePort]} (default
 * 9100, 127.0.0.1). The bind address may also come from the environment variable {@code MODEL_SIM_BIND} (the
 * argument wins); a container sets {@code 0.0.0.0} so that other containers can reach the swarm.
 * Prints one line per model, runs until SIGTERM or Ctrl-C, then closes every server from a shutdown hook.
 */
public final class ModelSimMain {

    public static final int DEFAULT_BASE_PORT = 9100;
    /** Environment variable naming the address to listen on; unset or blank means the loopback interface. */
    public static final String BIND_ENV = "MODEL_SIM_BIND";

    private ModelSimMain() {
    }

    public static void main(String[] args) {
        Options options = Options.parse(args, System.getenv(BIND_ENV));
        List<SimulatedModel> models = ModelSimSwarm.defaultModels();
        List<ModelSimServer> servers = start(models, options.bindAddress(), options.basePort());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            servers.forEach(ModelSimServer::close);
            System.out.println("model-sim stopped");
        }, "model-sim-shutdown"));
        System.out.println("model-sim listening on " + options.bindAddress().getHostAddress());
        for (int i = 0; i < models.size(); i++) {
            ModelSimServer server = servers.get(i);
            System.out.printf("%-20s %-14s %s%n", server.modelId(), models.get(i).tier(), server.baseUrl());
        }
        // The servers' dispatcher threads are not daemons: the JVM keeps serving after main returns.
    }

    /** One server per model on basePort, basePort + 1, ... (all ephemeral with 0); if one fails, none stays up. */
    static List<ModelSimServer> start(List<SimulatedModel> models, InetAddress bindAddress, int basePort) {
        List<ModelSimServer> started = new ArrayList<>();
        try {
            for (int i = 0; i < models.size(); i++) {
                started.add(ModelSimServer.start(models.get(i), bindAddress, basePort == 0 ? 0 : basePort + i));
            }
            return List.copyOf(started);
        } catch (RuntimeException e) {
            started.forEach(ModelSimServer::close);
            throw e;
        }
    }

    /** The command line: {@code [--bind ADDRESS | --bind=ADDRESS] [basePort]}, with the bind address's fallback. */
    record Options(InetAddress bindAddress, int basePort) {

        static Options parse(String[] args, String bindFromEnvironment) {
            String bind = bindFromEnvironment;
            Integer port = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--bind")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--bind needs an address, e.g. --bind 0.0.0.0");
                    }
                    bind = args[++i];
                } else if (arg.startsWith("--bind=")) {
                    bind = arg.substring("--bind=".length());
                } else if (port == null) {
                    try {
                        port = Integer.parseInt(arg);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("usage: ModelSimMain [--bind ADDRESS] [basePort]; not a port: " + arg);
                    }
                } else {
                    throw new IllegalArgumentException("usage: ModelSimMain [--bind ADDRESS] [basePort]; unexpected: " + arg);
                }
            }
            return new Options(address(bind), port == null ? DEFAULT_BASE_PORT : port);
        }

        private static InetAddress address(String bind) {
            if (bind == null || bind.isBlank()) {
                return InetAddress.getLoopbackAddress();
            }
            try {
                return InetAddress.getByName(bind.strip());
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("cannot resolve bind address " + bind, e);
            }
        }
    }
}
