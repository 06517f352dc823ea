package dev.concord.testsupport;

/**
 * Where the shared PostgreSQL database is.
 *
 * @param jdbcUrl  URL of the shared database, without a schema
 */
record DatabaseEndpoint(String jdbcUrl, String username, String password) {
}
