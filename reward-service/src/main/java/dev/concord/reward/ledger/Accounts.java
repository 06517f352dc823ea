package dev.concord.reward.ledger;

/** The names of the ledger's accounts. Node and client accounts are opened on their first transfer. */
public final class Accounts {

    public static final String TREASURY = "treasury";
    public static final String CLIENT_ESCROW = "client-escrow";
    public static final String CLIENT_REFUND = "client-refund";
    public static final String CLIENT_RESERVED = "client-reserved";
    public static final String PROTOCOL = "protocol";
    public static final String PROTOCOL_SHORTFALL = "protocol-shortfall";
    private static final String NODE_PREFIX = "node:";
    private static final String CLIENT_PREFIX = "client:";
    private static final String STAKE_PREFIX = "stake:";
    private static final String UNBONDED_PREFIX = "unbonded:";

    private Accounts() {
    }

    public static String node(String nodeId) {
        return NODE_PREFIX + nodeId;
    }

    public static String stake(String nodeId) {
        return STAKE_PREFIX + nodeId;
    }

    public static String unbonded(String nodeId) {
        return UNBONDED_PREFIX + nodeId;
    }

    public static String client(String clientAccountId) {
        if (clientAccountId.isBlank() || clientAccountId.contains(":")) {
            throw new IllegalArgumentException("not a client account id: '" + clientAccountId + "'");
        }
        return CLIENT_PREFIX + clientAccountId;
    }

    /** The client's account id of a {@code client:<id>} ledger account. */
    public static String clientAccountId(String account) {
        if (kindOf(account) != AccountKind.CLIENT) {
            throw new IllegalArgumentException("not a client account: '" + account + "'");
        }
        return account.substring(CLIENT_PREFIX.length());
    }

    /**
     * The ledger account an API path names: a ledger account name as it is ({@code node:n1}, {@code protocol}), or a
     * client's account id ({@code acct-1}), which is {@code client:acct-1} in the ledger.
     */
    public static String resolve(String name) {
        return name.contains(":") || isSystemAccount(name) ? name : client(name);
    }

    public static AccountKind kindOf(String account) {
        return switch (account) {
            case TREASURY -> AccountKind.TREASURY;
            case CLIENT_ESCROW -> AccountKind.ESCROW;
            case CLIENT_REFUND -> AccountKind.REFUND;
            case CLIENT_RESERVED -> AccountKind.RESERVED;
            case PROTOCOL -> AccountKind.PROTOCOL;
            case PROTOCOL_SHORTFALL -> AccountKind.SHORTFALL;
            default -> {
                if (hasId(account, NODE_PREFIX)) {
                    yield AccountKind.NODE;
                }
                if (hasId(account, CLIENT_PREFIX)) {
                    yield AccountKind.CLIENT;
                }
                if (hasId(account, STAKE_PREFIX)) {
                    yield AccountKind.STAKE;
                }
                if (hasId(account, UNBONDED_PREFIX)) {
                    yield AccountKind.UNBONDED;
                }
                throw new IllegalArgumentException("not a ledger account: '" + account + "'");
            }
        };
    }

    private static boolean isSystemAccount(String name) {
        return switch (name) {
            case TREASURY, CLIENT_ESCROW, CLIENT_REFUND, CLIENT_RESERVED, PROTOCOL, PROTOCOL_SHORTFALL -> true;
            default -> false;
        };
    }

    private static boolean hasId(String account, String prefix) {
        return account.startsWith(prefix) && account.length() > prefix.length();
    }
}
