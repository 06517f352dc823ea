package dev.concord.reward.settlement;

import dev.concord.protocol.event.FaultKind;
import dev.concord.protocol.event.NodeFault;
import dev.concord.protocol.event.RoundDecision;
import dev.concord.reward.registry.NodeRegistrar;

/**
 * Slashes the provable faults a decision carries (commit-reveal: a reveal that does not open its commitment, an
 * answer revealed early, a node that committed and then fell silent), once per node, round and kind. A node whose
 * reveal does not match or that revealed early is also jailed; a timeout costs stake but leaves the node active.
 * Runs inside the settlement's transaction, so a redelivered decision never slashes twice.
 */
public class FaultPolicy {

    private final int slashBasisPoints;
    private final NodeRegistrar registrar;

    public FaultPolicy(int slashBasisPoints, NodeRegistrar registrar) {
        if (slashBasisPoints < 0 || slashBasisPoints > 10_000) {
            throw new IllegalArgumentException("fault slash must be 0..10000 basis points, was " + slashBasisPoints);
        }
        this.slashBasisPoints = slashBasisPoints;
        this.registrar = registrar;
    }

    public void observe(RoundDecision decision) {
        for (NodeFault fault : decision.faults()) {
            String faultId = "fault/" + decision.requestId() + "/" + fault.nodeId() + "/" + fault.kind();
            registrar.penalise(fault.nodeId(), faultId, slashBasisPoints,
                    fault.kind() + " in round " + decision.requestId() + ": " + fault.evidence(),
                    fault.kind() != FaultKind.TIMEOUT_AFTER_ACCEPT);
        }
    }
}
