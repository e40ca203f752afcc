package org.smenet.kit.authority;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.registry.FocalPointDesignated;
import org.smenet.contracts.registry.FocalPointRevoked;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.node.EventOrigins;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Feeds {@link Designations} from the registry's focal-point topic. Every service has its own consumer
 * group, so each keeps its own copy; a revocation reaches all of them within seconds.
 */
public class DesignationsListener {

    private final Designations designations;
    private final EventRecorder recorder;
    private final EventOrigins origins;

    public DesignationsListener(Designations designations, EventRecorder recorder, EventOrigins origins) {
        this.designations = designations;
        this.recorder = recorder;
        this.origins = origins;
    }

    @KafkaListener(id = "${spring.application.name}-designations", topics = RegistryEvents.FOCAL_POINT_TOPIC,
            groupId = "${spring.application.name}-designations",
            autoStartup = "${smenet.authority.listen:true}")
    public void on(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        origins.check(record.topic(), event);
        if (RegistryEvents.FOCAL_POINT_DESIGNATED.type().equals(event.type())) {
            FocalPointDesignated designated = recorder.read(event, FocalPointDesignated.class);
            requireSubject(event, designated.focalPointId(), designated.economy());
            designations.designated(designated, event.sequence());
        } else if (RegistryEvents.FOCAL_POINT_REVOKED.type().equals(event.type())) {
            FocalPointRevoked revoked = recorder.read(event, FocalPointRevoked.class);
            requireSubject(event, revoked.focalPointId(), revoked.economy());
            designations.revoked(revoked, event.sequence());
        }
    }

    private static void requireSubject(EventEnvelope event, String focalPointId, String economy) {
        if (focalPointId == null || !focalPointId.equals(event.subject()) || !event.economy().equals(economy)) {
            throw new EventOrigins.RejectedRecord("subject-mismatch", "event " + event.id() + " names focal point "
                    + focalPointId + " of " + economy + " but its subject is " + event.subject() + " of "
                    + event.economy());
        }
    }
}
