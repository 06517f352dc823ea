package dev.concord.reward.settlement;

/** The names of the ledger's accounts. Node accounts are opened on a node's first payout. */
public final class Accounts {

    public static final String CLIENT_ESCROW = "client-escrow";
    public static final String CLIENT_REFUND = "client-refund";
    public static final String PROTOCOL = "protocol";
    private static final String NODE_PREFIX = "node:";

    private Accounts() {
    }

    public static String node(String nodeId) {
        return NODE_PREFIX + nodeId;
    }

    public static AccountKind kindOf(String account) {
        return switch (account) {
            case CLIENT_ESCROW -> AccountKind.ESCROW;
            case CLIENT_REFUND -> AccountKind.REFUND;
            case PROTOCOL -> AccountKind.PROTOCOL;
            default -> {
                if (account.startsWith(NODE_PREFIX) && account.length() > NODE_PREFIX.length()) {
                    yield AccountKind.NODE;
                }
                throw new IllegalArgumentException("not a ledger account: '" + account + "'");
            }
        };
    }
}
