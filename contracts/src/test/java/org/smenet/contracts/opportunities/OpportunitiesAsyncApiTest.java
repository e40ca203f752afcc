package org.smenet.contracts.opportunities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.AsyncApiDocumentTest;
import org.smenet.contracts.EventCatalog;
import org.smenet.contracts.EventType;

/** {@code asyncapi-opportunities.yaml} describes the service's events and what it reads. */
class OpportunitiesAsyncApiTest extends AsyncApiDocumentTest {

    @Override
    protected String service() {
        return "opportunities";
    }

    @Override
    protected List<EventType<?>> events() {
        return OpportunitiesEvents.ALL;
    }

    @Override
    protected Object sample(EventType<?> type) {
        return OpportunitiesSamples.full(type);
    }

    @Override
    protected List<String> publicTopics() {
        return List.of(OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC, OpportunitiesEvents.INTEREST_REQUEST_TOPIC,
                OpportunitiesEvents.INTEREST_ANSWER_TOPIC);
    }

    @Override
    protected List<String> received() {
        return List.of(OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC,
                "{peer}." + OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC,
                OpportunitiesEvents.INTEREST_REQUEST_TOPIC, "{peer}." + OpportunitiesEvents.INTEREST_REQUEST_TOPIC,
                OpportunitiesEvents.INTEREST_ANSWER_TOPIC, "{peer}." + OpportunitiesEvents.INTEREST_ANSWER_TOPIC);
    }

    @Test
    void everyEventOfTheServiceIsInTheCatalog() {
        assertThat(EventCatalog.ALL).containsAll(events());
    }
}
