package dev.concord.runtime.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BearerTokenTest {

    @Test
    void admitsOnlyTheExactBearerHeader() {
        BearerToken token = BearerToken.of("s3cret");

        assertThat(token.admits("Bearer s3cret")).isTrue();
        assertThat(token.admits(BearerToken.header("s3cret"))).isTrue();
        assertThat(token.admits("Bearer s3cre")).isFalse();
        assertThat(token.admits("Bearer s3cret2")).isFalse();
        assertThat(token.admits("s3cret")).isFalse();
        assertThat(token.admits("Basic s3cret")).isFalse();
        assertThat(token.admits(null)).isFalse();
    }

    @Test
    void aBlankTokenAdmitsNobody() {
        assertThat(BearerToken.of("").configured()).isFalse();
        assertThat(BearerToken.of(null).admits("Bearer ")).isFalse();
        assertThat(BearerToken.of("  ").admits("Bearer   ")).isFalse();
        assertThat(BearerToken.of("x").toString()).doesNotContain("x]").contains("configured");
    }
}
