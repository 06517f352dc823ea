package dev.concord.protocol.event;

/** A message of the protocol. Every event carries its schema version and the round it belongs to. */
public interface Event {

    int version();

    /** The Kafka key of the event: the round's id (the node id for registry entries). */
    String key();
}
