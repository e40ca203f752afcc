package org.smenet.contracts.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.AsyncApiDocumentTest;
import org.smenet.contracts.EventCatalog;
import org.smenet.contracts.EventType;
import org.smenet.contracts.registry.RegistryEvents;

/** {@code asyncapi-consultation.yaml} describes the consultation service's events and what it reads. */
class ConsultationAsyncApiTest extends AsyncApiDocumentTest {

    @Override
    protected String service() {
        return "consultation";
    }

    @Override
    protected List<EventType<?>> events() {
        return ConsultationEvents.ALL;
    }

    @Override
    protected Object sample(EventType<?> type) {
        return ConsultationSamples.full(type);
    }

    @Override
    protected List<String> publicTopics() {
        return List.of(ConsultationEvents.PUBLIC_CONSULTATION_TOPIC, ConsultationEvents.SUBMISSION_REQUEST_TOPIC,
                ConsultationEvents.SUBMISSION_ANSWER_TOPIC);
    }

    @Override
    protected List<String> received() {
        return List.of(RegistryEvents.ENTERPRISE_TOPIC,
                ConsultationEvents.PUBLIC_CONSULTATION_TOPIC, "{peer}." + ConsultationEvents.PUBLIC_CONSULTATION_TOPIC,
                ConsultationEvents.SUBMISSION_REQUEST_TOPIC, "{peer}." + ConsultationEvents.SUBMISSION_REQUEST_TOPIC,
                ConsultationEvents.SUBMISSION_ANSWER_TOPIC, "{peer}." + ConsultationEvents.SUBMISSION_ANSWER_TOPIC);
    }

    @Test
    void everyEventOfTheServiceIsInTheCatalog() {
        assertThat(EventCatalog.ALL).containsAll(events());
    }
}
