package dev.concord.runtime.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionSecretsTest {

    @Test
    void productionRefusesToStartWithoutASecretAndNamesIt() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");

        assertThatThrownBy(() -> ProductionSecrets.require(prod, Map.of("a.token", "", "b.token", "set")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a.token").hasMessageNotContaining("b.token");
        assertThatCode(() -> ProductionSecrets.require(prod, Map.of("a.token", "x", "b.token", "y")))
                .doesNotThrowAnyException();
    }

    @Test
    void otherProfilesMayRunWithout() {
        MockEnvironment dev = new MockEnvironment();
        dev.setActiveProfiles("dev");

        assertThatCode(() -> ProductionSecrets.require(dev, Map.of("a.token", ""))).doesNotThrowAnyException();
        assertThatCode(() -> ProductionSecrets.require(new MockEnvironment(), Map.of("a.token", "")))
                .doesNotThrowAnyException();
    }
}
