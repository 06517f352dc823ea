package dev.concord.reward.registry;

/**
 * A registration whose operator is not proven: the operator id is not the id of the operator key, or the operator's
 * signature does not endorse this node. Names the request field at fault.
 */
public class EndorsementRejectedException extends RuntimeException {

    private final String field;

    public EndorsementRejectedException(String message, String field) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
