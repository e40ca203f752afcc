package org.smenet.contracts.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.AsyncApiDocumentTest;
import org.smenet.contracts.EventCatalog;
import org.smenet.contracts.EventType;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.registry.RegistryEvents;

/** {@code asyncapi-matchmaking.yaml} describes matchmaking's events and the registry topics it reads. */
class MatchmakingAsyncApiTest extends AsyncApiDocumentTest {

    @Override
    protected String service() {
        return "matchmaking";
    }

    @Override
    protected List<EventType<?>> events() {
        return MatchmakingEvents.ALL;
    }

    @Override
    protected Object sample(EventType<?> type) {
        return MatchmakingSamples.full(type);
    }

    @Override
    protected List<String> publicTopics() {
        return List.of(MatchmakingEvents.INTRODUCTION_TOPIC);
    }

    @Override
    protected List<String> received() {
        return List.of(RegistryEvents.ENTERPRISE_TOPIC, RegistryEvents.PUBLIC_ENTERPRISE_TOPIC,
                "{peer}." + RegistryEvents.PUBLIC_ENTERPRISE_TOPIC, RegistryEvents.FOCAL_POINT_TOPIC,
                OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC, "{peer}." + OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC,
                "{peer}." + MatchmakingEvents.INTRODUCTION_TOPIC);
    }

    @Test
    void everyEventOfTheServiceIsInTheCatalog() {
        assertThat(EventCatalog.ALL).containsAll(events());
    }
}
