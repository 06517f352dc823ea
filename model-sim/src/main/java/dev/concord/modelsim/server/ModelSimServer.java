package dev.concord.modelsim.server;

import com.sun.net.httpserver.HttpServer;
import dev.concord.modelsim.answer.AnswerSynthesizer;
import dev.concord.modelsim.corpus.Corpus;
import dev.concord.modelsim.model.SimulatedJudge;
import dev.concord.modelsim.model.SimulatedModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One running OpenAI-compatible server serving one model id, on the loopback interface unless a bind address is
 * given (a container needs {@code 0.0.0.0}). Many can share a JVM.
 * Each has its own cached thread pool: simulated latency and timeouts sleep on a worker thread, so a fixed pool
 * would let one slow model starve its own fast requests.
 */
public final class ModelSimServer implements AutoCloseable {

    static {
        // The JDK server reads this once, when its first instance is created; without it Nagle's algorithm and
        // delayed ACKs add about 44 ms to every response. It must precede any HttpServer in this JVM to apply.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String modelId;

    private ModelSimServer(HttpServer server, ExecutorService executor, String modelId) {
        this.server = server;
        this.executor = executor;
        this.modelId = modelId;
    }

    /**
     * Serves the model from the built-in corpus; port 0 picks a free port. Parsing the corpus costs a few hundred
     * milliseconds on a cold JVM, so it runs in the background: the server listens at once, and a request that
     * arrives before the corpus is ready waits for it.
     */
    public static ModelSimServer start(SimulatedModel model, int port) {
        return start(model, InetAddress.getLoopbackAddress(), port);
    }

    /** As {@link #start(SimulatedModel, int)}, listening on {@code bindAddress} (e.g. 0.0.0.0 in a container). */
    public static ModelSimServer start(SimulatedModel model, InetAddress bindAddress, int port) {
        CompletableFuture.runAsync(Corpus::builtIn);
        return start(model.name(), new CorpusResponder(model, Corpus::builtIn, new AnswerSynthesizer()), model.apiKey(),
                bindAddress, port);
    }

    public static ModelSimServer start(SimulatedModel model, Corpus corpus, int port) {
        return start(model, () -> corpus, port);
    }

    private static ModelSimServer start(SimulatedModel model, Supplier<Corpus> corpus, int port) {
        return start(model.name(), new CorpusResponder(model, corpus, new AnswerSynthesizer()), model.apiKey(), port);
    }

    /** Serves an LLM judge that grades from the built-in corpus (see {@link JudgeResponder}); port 0 picks a free port. */
    public static ModelSimServer startJudge(SimulatedJudge judge, int port) {
        CompletableFuture.runAsync(Corpus::builtIn);
        return start(judge.name(), new JudgeResponder(judge, Corpus::builtIn), judge.apiKey(), port);
    }

    /** Serves any responder under the OpenAI API: the extension point for behaviours other than the corpus. */
    public static ModelSimServer start(String modelId, Responder responder, Optional<String> apiKey, int port) {
        return start(modelId, responder, apiKey, InetAddress.getLoopbackAddress(), port);
    }

    /** As {@link #start(String, Responder, Optional, int)}, listening on {@code bindAddress}. */
    public static ModelSimServer start(String modelId, Responder responder, Optional<String> apiKey,
                                       InetAddress bindAddress, int port) {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "model-sim-" + modelId + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(bindAddress, port), 64);
            server.createContext("/", new ApiHandler(modelId, responder, apiKey, Instant.now().getEpochSecond()));
            server.setExecutor(executor);
            server.start();
            return new ModelSimServer(server, executor, modelId);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("cannot start model-sim for " + modelId + " on port " + port
                    + " (" + bindAddress.getHostAddress() + ")", e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * The OpenAI base URL, e.g. {@code http://127.0.0.1:9100/v1}: clients append /chat/completions. A server bound
     * to the default loopback or the wildcard address names 127.0.0.1; one bound to another address names it.
     */
    public String baseUrl() {
        InetAddress address = server.getAddress().getAddress();
        String host = address.isAnyLocalAddress() || address.equals(InetAddress.getLoopbackAddress()) ? "127.0.0.1"
                : address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        return "http://" + host + ":" + port() + "/v1";
    }

    public String modelId() {
        return modelId;
    }

    /** Stops at once; requests still sleeping out a latency or timeout are interrupted. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
