package org.smenet.consultation.events;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.smenet.consultation.store.NetworkConsultations;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.consultation.ConsultationEvents;
import org.smenet.contracts.consultation.PublicConsultation;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.node.EventOrigins;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the network consultations read model from the public consultation topic of this node and of every
 * peer mirrored into this cluster ({@code <peer>.smenet.public.consultation.consultation.v1}).
 */
@Component
public class NetworkConsultationListener {

    public static final String TOPIC_PATTERN = "([A-Za-z0-9_-]+\\.)?smenet\\.public\\.consultation\\.consultation\\.v1";

    private final NetworkConsultations network;
    private final EventRecorder recorder;
    private final EventOrigins origins;

    public NetworkConsultationListener(NetworkConsultations network, EventRecorder recorder, EventOrigins origins) {
        this.network = network;
        this.recorder = recorder;
        this.origins = origins;
    }

    @KafkaListener(id = "consultation-network-consultations", topicPattern = TOPIC_PATTERN,
            groupId = "${spring.application.name}-network-consultations")
    public void on(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        origins.check(record.topic(), event);
        if (!ConsultationEvents.PUBLIC_CONSULTATION_PUBLISHED.type().equals(event.type())) {
            return;
        }
        PublicConsultation consultation = recorder.read(event, PublicConsultation.class);
        if (consultation.consultationId() == null || !consultation.consultationId().equals(event.subject())
                || !event.economy().equals(consultation.economy())) {
            throw new EventOrigins.RejectedRecord("subject-mismatch", "event " + event.id() + " names consultation "
                    + consultation.consultationId() + " of " + consultation.economy() + " but its subject is "
                    + event.subject() + " of " + event.economy());
        }
        network.published(consultation, event.sequence(), record.topic());
    }
}
