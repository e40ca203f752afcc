package org.smenet.contracts.training;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.EventType;
import org.smenet.contracts.RecordSchemaTest;

/** The training service's events against their schemas, and its own code rules. */
class TrainingRecordSchemaTest extends RecordSchemaTest {

    @Override
    protected List<EventType<?>> events() {
        return TrainingEvents.ALL;
    }

    @Override
    protected Object full(EventType<?> type) {
        return TrainingSamples.full(type);
    }

    @Override
    protected Object minimal(EventType<?> type) {
        return TrainingSamples.minimal(type);
    }

    @Test
    void codesTopicsAndStatusesFollowTheirLists() {
        assertRejected(TrainingEvents.COURSE_PUBLISHED, e -> e.put("topic", "COOKING"));
        assertRejected(TrainingEvents.COURSE_PUBLISHED, e -> e.putArray("hsCodes").add("0809.10"));
        assertRejected(TrainingEvents.COURSE_PUBLISHED, e -> e.putArray("isicCodes").add("A0124"));
        assertRejected(TrainingEvents.COURSE_PUBLISHED, e -> e.put("delivery", "PIGEON"));
        assertRejected(TrainingEvents.COURSE_PUBLISHED, e -> e.put("language", "Spanish"));
        assertRejected(TrainingEvents.SESSION_SCHEDULED, e -> e.put("capacity", 0));
        assertRejected(TrainingEvents.ENROLLED, e -> e.put("status", "enrolled"));
        assertRejected(TrainingEvents.CERTIFICATE_ISSUED, e -> e.put("issuedAt", "14/03/2026"));
    }
}
