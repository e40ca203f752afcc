package org.smenet.contracts.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.AsyncApiDocumentTest;
import org.smenet.contracts.EventCatalog;
import org.smenet.contracts.EventType;
import org.smenet.contracts.registry.RegistryEvents;

/** {@code asyncapi-training.yaml} describes the training service's events and what it reads. */
class TrainingAsyncApiTest extends AsyncApiDocumentTest {

    @Override
    protected String service() {
        return "training";
    }

    @Override
    protected List<EventType<?>> events() {
        return TrainingEvents.ALL;
    }

    @Override
    protected Object sample(EventType<?> type) {
        return TrainingSamples.full(type);
    }

    @Override
    protected List<String> publicTopics() {
        return List.of(TrainingEvents.PUBLIC_COURSE_TOPIC, TrainingEvents.ENROLMENT_REQUEST_TOPIC,
                TrainingEvents.ENROLMENT_ANSWER_TOPIC);
    }

    @Override
    protected List<String> received() {
        return List.of(RegistryEvents.FOCAL_POINT_TOPIC, RegistryEvents.ENTERPRISE_TOPIC,
                TrainingEvents.PUBLIC_COURSE_TOPIC, "{peer}." + TrainingEvents.PUBLIC_COURSE_TOPIC,
                TrainingEvents.ENROLMENT_REQUEST_TOPIC, "{peer}." + TrainingEvents.ENROLMENT_REQUEST_TOPIC,
                TrainingEvents.ENROLMENT_ANSWER_TOPIC, "{peer}." + TrainingEvents.ENROLMENT_ANSWER_TOPIC);
    }

    @Test
    void everyEventOfTheServiceIsInTheCatalog() {
        assertThat(EventCatalog.ALL).containsAll(events());
    }
}
