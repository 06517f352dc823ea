package dev.concord.gateway.round;

/** The selected inference nodes would charge more than the client's maximum price. */
public class PriceAboveMaximumException extends RuntimeException {

    public PriceAboveMaximumException(String message) {
        super(message);
    }
}
