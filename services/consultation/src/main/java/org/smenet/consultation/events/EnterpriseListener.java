package org.smenet.consultation.events;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.smenet.consultation.store.EnterpriseDirectory;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.registry.EnterpriseProfileUpdated;
import org.smenet.contracts.registry.EnterpriseRegistered;
import org.smenet.contracts.registry.EnterpriseStatusChanged;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.node.EventOrigins;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the enterprise read model from the registry's enterprise topic of this node's economies. */
@Component
public class EnterpriseListener {

    private final EnterpriseDirectory directory;
    private final EventRecorder recorder;
    private final EventOrigins origins;

    public EnterpriseListener(EnterpriseDirectory directory, EventRecorder recorder, EventOrigins origins) {
        this.directory = directory;
        this.recorder = recorder;
        this.origins = origins;
    }

    @KafkaListener(id = "consultation-enterprises", topics = RegistryEvents.ENTERPRISE_TOPIC,
            groupId = "${spring.application.name}-enterprises")
    public void on(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        origins.check(record.topic(), event);
        String subject = event.subject();
        String type = event.type();
        if (RegistryEvents.ENTERPRISE_REGISTERED.type().equals(type)) {
            EnterpriseRegistered e = recorder.read(event, EnterpriseRegistered.class);
            requireSubject(event, e.enterpriseId(), e.economy());
            directory.registered(e.enterpriseId(), e.economy(), e.ownerOrg(), e.profile(), event.sequence());
        } else if (RegistryEvents.ENTERPRISE_PROFILE_UPDATED.type().equals(type)) {
            EnterpriseProfileUpdated e = recorder.read(event, EnterpriseProfileUpdated.class);
            requireSubject(event, e.enterpriseId(), e.economy());
            directory.profileUpdated(e.enterpriseId(), e.economy(), e.profile(), event.sequence());
        } else if (EnterpriseStatusChanged.class.equals(statusClass(type))) {
            EnterpriseStatusChanged e = recorder.read(event, EnterpriseStatusChanged.class);
            requireSubject(event, e.enterpriseId(), e.economy());
            directory.statusChanged(e.enterpriseId(), e.economy(), e.status(), event.sequence());
        } else if (subject != null) {
            directory.seen(subject, event.economy(), event.sequence());
        }
    }

    private static Class<?> statusClass(String type) {
        return RegistryEvents.ALL.stream().filter(t -> t.type().equals(type)).findFirst()
                .<Class<?>>map(t -> t.dataClass()).orElse(null);
    }

    private static void requireSubject(EventEnvelope event, String enterpriseId, String economy) {
        if (enterpriseId == null || !enterpriseId.equals(event.subject()) || !event.economy().equals(economy)) {
            throw new EventOrigins.RejectedRecord("subject-mismatch", "event " + event.id() + " names enterprise "
                    + enterpriseId + " of " + economy + " but its subject is " + event.subject() + " of "
                    + event.economy());
        }
    }
}
