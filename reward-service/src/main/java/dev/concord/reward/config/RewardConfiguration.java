package dev.concord.reward.config;

import dev.concord.protocol.codec.EventCodec;
import dev.concord.protocol.crypto.RegistryAuthority;
import dev.concord.quality.reward.RewardCalculator;
import dev.concord.reward.account.ClientAccounts;
import dev.concord.reward.persistence.AccountRepository;
import dev.concord.reward.persistence.DeviationStreakRepository;
import dev.concord.reward.persistence.LedgerRepository;
import dev.concord.reward.persistence.RegistryRepository;
import dev.concord.reward.registry.NodeRegistrar;
import dev.concord.reward.scheduling.ReservationSweeper;
import dev.concord.reward.settlement.DeviationPolicy;
import dev.concord.reward.settlement.FaultPolicy;
import dev.concord.reward.settlement.SettlementPlanner;
import dev.concord.reward.settlement.Settler;
import dev.concord.runtime.outbox.Outbox;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the domain (settlement, accounts, registry), which knows no Spring beans, to the ledger and the outbox. */
@Configuration(proxyBeanMethods = false)
class RewardConfiguration {

    @Bean
    SettlementPlanner settlementPlanner(RewardProperties properties) {
        return new SettlementPlanner(new RewardCalculator(properties.parameters()));
    }

    @Bean
    Settler settler(SettlementPlanner planner, LedgerRepository ledger, AccountRepository accounts,
                    DeviationPolicy deviation, FaultPolicy faults, Outbox outbox, Clock clock) {
        return new Settler(planner, ledger, accounts, deviation, faults, outbox, clock);
    }

    @Bean
    FaultPolicy faultPolicy(SlashingProperties properties, NodeRegistrar registrar) {
        return new FaultPolicy(properties.faultSlashBasisPoints(), registrar);
    }

    @Bean
    DeviationPolicy deviationPolicy(SlashingProperties properties, DeviationStreakRepository streaks,
                                    NodeRegistrar registrar) {
        return new DeviationPolicy(properties.deviationRule(), streaks, registrar);
    }

    @Bean
    ClientAccounts clientAccounts(AccountRepository accounts, AccountProperties properties, Clock clock) {
        return new ClientAccounts(accounts, properties.terms(), clock);
    }

    @Bean
    ReservationSweeper reservationSweeper(ClientAccounts accounts, AccountProperties properties) {
        return new ReservationSweeper(accounts, properties.expirySweepInterval(), properties.expirySweepLimit());
    }

    @Bean
    RegistryKey registryKey(RegistryProperties properties) {
        return RegistryKey.from(properties);
    }

    @Bean
    NodeRegistrar nodeRegistrar(RegistryRepository registry, AccountRepository accounts, Outbox outbox,
                                RegistryKey key, EventCodec codec, RegistryProperties properties, Clock clock) {
        return new NodeRegistrar(registry, accounts, outbox, new RegistryAuthority(key.privateKey(), codec),
                properties.rules(), clock);
    }
}
