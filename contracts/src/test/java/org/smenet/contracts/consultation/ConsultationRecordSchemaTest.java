package org.smenet.contracts.consultation;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.EventType;
import org.smenet.contracts.RecordSchemaTest;

/** The consultation service's events against their schemas. */
class ConsultationRecordSchemaTest extends RecordSchemaTest {

    @Override
    protected List<EventType<?>> events() {
        return ConsultationEvents.ALL;
    }

    @Override
    protected Object full(EventType<?> type) {
        return ConsultationSamples.full(type);
    }

    @Override
    protected Object minimal(EventType<?> type) {
        return ConsultationSamples.minimal(type);
    }

    @Test
    void codesAreasAndStatusesFollowTheirLists() {
        assertRejected(ConsultationEvents.CONSULTATION_OPENED, e -> e.put("policyArea", "AGRICULTURE"));
        assertRejected(ConsultationEvents.CONSULTATION_OPENED, e -> e.put("status", "open"));
        assertRejected(ConsultationEvents.CONSULTATION_OPENED, e -> e.putArray("hsCodes").add("0806.10"));
        assertRejected(ConsultationEvents.CONSULTATION_OPENED, e -> e.putArray("isicCodes").add("C1010"));
        assertRejected(ConsultationEvents.CONSULTATION_OPENED, e -> e.put("audience", "EVERYONE"));
        assertRejected(ConsultationEvents.SUBMISSION_SUBMITTED, e -> e.put("respondentKind", "NGO"));
        assertRejected(ConsultationEvents.SUBMISSION_SUBMITTED, e -> e.put("answers", -1));
        assertRejected(ConsultationEvents.EXPERT_GROUP_FORMED, e -> e.put("sectorIsic", "fruit"));
    }
}
