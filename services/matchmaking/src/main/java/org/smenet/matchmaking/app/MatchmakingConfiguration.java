package org.smenet.matchmaking.app;

import java.util.List;
import org.smenet.kit.authority.Authority;
import org.smenet.kit.reference.ReferenceData;
import org.smenet.matchmaking.domain.MatchAccess;
import org.smenet.matchmaking.domain.PartnerIndex;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The in-memory partner index and the access rules. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatchmakingProperties.class)
public class MatchmakingConfiguration {

    @Bean
    PartnerIndex partnerIndex(MatchmakingProperties properties, ReferenceData reference) {
        return new PartnerIndex(properties.weights().toWeights(), List.copyOf(reference.economies().keySet()));
    }

    @Bean
    MatchAccess matchAccess(Authority authority) {
        return new MatchAccess(authority::isFocalPoint);
    }
}
