package dev.concord.modelsim.server;

import java.time.Duration;

/** What a {@link Responder} decided: an answer or a failure, each delivered after a simulated delay. */
public sealed interface Reply {

    Duration delay();

    record Completion(String content, Duration delay) implements Reply {
    }

    record Failure(ApiError error, Duration delay) implements Reply {
    }
}
