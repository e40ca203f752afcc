package org.smenet.contracts.matchmaking;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.EventType;
import org.smenet.contracts.RecordSchemaTest;

/** Matchmaking's events against their schemas. */
class MatchmakingRecordSchemaTest extends RecordSchemaTest {

    @Override
    protected List<EventType<?>> events() {
        return MatchmakingEvents.ALL;
    }

    @Override
    protected Object full(EventType<?> type) {
        return MatchmakingSamples.full(type);
    }

    @Override
    protected Object minimal(EventType<?> type) {
        return MatchmakingSamples.minimal(type);
    }

    @Test
    void scoresStageAndReasonsAreChecked() {
        assertRejected(MatchmakingEvents.MATCH_SUGGESTED, e -> e.put("score", 101));
        assertRejected(MatchmakingEvents.MATCH_SUGGESTED, e -> e.put("partnerEconomy", "Viet Nam"));
        assertRejected(MatchmakingEvents.MATCH_SUGGESTED,
                e -> ((com.fasterxml.jackson.databind.node.ObjectNode) e.get("reasons").get(0)).put("kind", "LUCK"));
        assertRejected(MatchmakingEvents.MATCH_AGREED, e -> e.put("stage", "agreed"));
        assertRejected(MatchmakingEvents.INTRODUCTION_INTRODUCED, e -> e.put("stage", "SUGGESTED"));
        assertRejected(MatchmakingEvents.INTRODUCTION_INTRODUCED, e -> e.put("brokerEconomy", "Chile"));
        assertRejected(MatchmakingEvents.INTRODUCTION_AGREED, e -> e.remove("targetEconomy"));
        assertRejected(MatchmakingEvents.OPPORTUNITY_SUGGESTED, e -> e.put("opportunityKind", "GIFT"));
        assertRejected(MatchmakingEvents.OPPORTUNITY_SUGGESTED, e -> e.remove("enterpriseId"));
        assertRejected(MatchmakingEvents.OPPORTUNITY_SUGGESTED, e -> e.put("score", -1));
    }
}
