package dev.concord.reward.config;

import dev.concord.quality.reward.RewardCalculator;
import dev.concord.reward.account.ClientAccounts;
import dev.concord.reward.persistence.AccountRepository;
import dev.concord.reward.persistence.LedgerRepository;
import dev.concord.reward.settlement.SettlementPlanner;
import dev.concord.reward.settlement.Settler;
import dev.concord.runtime.outbox.Outbox;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the settlement and account domains, which know nothing of Spring beans, to the ledger and the outbox. */
@Configuration(proxyBeanMethods = false)
class RewardConfiguration {

    @Bean
    SettlementPlanner settlementPlanner(RewardProperties properties) {
        return new SettlementPlanner(new RewardCalculator(properties.parameters()));
    }

    @Bean
    Settler settler(SettlementPlanner planner, LedgerRepository ledger, AccountRepository accounts, Outbox outbox,
                    Clock clock) {
        return new Settler(planner, ledger, accounts, outbox, clock);
    }

    @Bean
    ClientAccounts clientAccounts(AccountRepository accounts, Clock clock) {
        return new ClientAccounts(accounts, clock);
    }
}
