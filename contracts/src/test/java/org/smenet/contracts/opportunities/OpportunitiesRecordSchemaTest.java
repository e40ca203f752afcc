package org.smenet.contracts.opportunities;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.EventType;
import org.smenet.contracts.RecordSchemaTest;

/** The opportunities service's events against their schemas. */
class OpportunitiesRecordSchemaTest extends RecordSchemaTest {

    @Override
    protected List<EventType<?>> events() {
        return OpportunitiesEvents.ALL;
    }

    @Override
    protected Object full(EventType<?> type) {
        return OpportunitiesSamples.full(type);
    }

    @Override
    protected Object minimal(EventType<?> type) {
        return OpportunitiesSamples.minimal(type);
    }

    @Test
    void codesAndKindsMustFollowTheirLists() {
        var type = OpportunitiesEvents.OPPORTUNITY_PUBLISHED;
        assertRejected(type, e -> details(e).putArray("hsCodes").add("90111"));
        assertRejected(type, e -> details(e).putArray("isicCodes").add("C1010"));
        assertRejected(type, e -> details(e).putArray("targetEconomies").add("Chile"));
        assertRejected(type, e -> details(e).put("currency", "dollars"));
        assertRejected(type, e -> details(e).put("deadline", "30/06/2026"));
        assertRejected(type, e -> e.put("kind", "GIFT"));
        assertRejected(type, e -> e.put("status", "published"));
        assertRejected(OpportunitiesEvents.INTEREST_EXPRESSED, e -> e.put("status", "PENDING"));
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode details(
            com.fasterxml.jackson.databind.node.ObjectNode event) {
        return (com.fasterxml.jackson.databind.node.ObjectNode) event.get("details");
    }
}
