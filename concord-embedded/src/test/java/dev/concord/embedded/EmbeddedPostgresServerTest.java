package dev.concord.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @Test
    void storesAndReadsARowInACreatedDatabaseAndSchema() throws SQLException {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(EmbeddedPostgresConfig.temporary())) {
            postgres.createDatabase("concord");
            postgres.createDatabase("concord"); // idempotent
            postgres.createSchema("concord", "consensus");
            postgres.createSchema("concord", "consensus");

            try (Connection c = connect(postgres, "concord"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE consensus.round (id text PRIMARY KEY)");
                s.execute("INSERT INTO consensus.round VALUES ('r-1')");
                assertThat(single(s, "SELECT id FROM consensus.round")).isEqualTo("r-1");
                assertThat(single(s, "SHOW fsync")).isEqualTo("off");
            }
        }
    }

    @Test
    void durableServerKeepsRowsAcrossRestartsWithFsyncOn(@TempDir Path dir) throws SQLException {
        EmbeddedPostgresConfig config = EmbeddedPostgresConfig.persistent(dir.resolve("pg"), 0);
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(config);
             Connection c = connect(postgres, "postgres"); Statement s = c.createStatement()) {
            assertThat(single(s, "SHOW fsync")).isEqualTo("on");
            assertThat(single(s, "SHOW synchronous_commit")).isEqualTo("on");
            s.execute("CREATE TABLE ledger (entry text)");
            s.execute("INSERT INTO ledger VALUES ('kept')");
        }
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(config);
             Connection c = connect(postgres, "postgres"); Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT entry FROM ledger")).isEqualTo("kept");
        }
    }

    @Test
    void rejectsNamesThatAreNotPlainIdentifiers() {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(EmbeddedPostgresConfig.temporary())) {
            assertThatThrownBy(() -> postgres.createDatabase("x; DROP DATABASE postgres"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static Connection connect(EmbeddedPostgresServer postgres, String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }
}
