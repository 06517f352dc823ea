package dev.concord.embedded;

import java.nio.file.Path;
import java.util.Properties;

/** Server properties of a single combined broker+controller KRaft node on loopback. */
final class KraftProperties {

    private static final String HOST = "127.0.0.1";

    private KraftProperties() {
    }

    static Properties of(int port, int controllerPort, Path logDirectory, int partitions) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDirectory.toString());

        p.setProperty("num.partitions", Integer.toString(partitions));
        p.setProperty("default.replication.factor", "1");
        p.setProperty("auto.create.topics.enable", "true");
        // One node: every internal topic must be satisfiable with a single replica, or groups and
        // transactions never become available.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("min.insync.replicas", "1");
        // The defaults (50 partitions each) make the first consumer group and the first transaction wait
        // for 50 log creations; a single node gains nothing from that many.
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.num.partitions", "5");
        // A lone consumer should get its partitions at once, not after the 3 s default delay.
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // The cleaner's default 128 MB dedupe buffer dwarfs what a local compacted topic needs.
        p.setProperty("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        return p;
    }
}
