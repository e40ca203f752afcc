package org.smenet.registry.events;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.training.CertificateIssued;
import org.smenet.contracts.training.CertificateRevoked;
import org.smenet.contracts.training.TrainingEvents;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.node.EventOrigins;
import org.smenet.registry.store.EarnedCertificates;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the certificates enterprises earned from this node's training service. */
@Component
public class CertificateListener {

    private final EarnedCertificates certificates;
    private final EventRecorder recorder;
    private final EventOrigins origins;

    public CertificateListener(EarnedCertificates certificates, EventRecorder recorder, EventOrigins origins) {
        this.certificates = certificates;
        this.recorder = recorder;
        this.origins = origins;
    }

    @KafkaListener(id = "registry-certificates", topics = TrainingEvents.CERTIFICATE_TOPIC,
            groupId = "${spring.application.name}-certificates")
    public void on(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        origins.check(record.topic(), event);
        if (TrainingEvents.CERTIFICATE_ISSUED.type().equals(event.type())) {
            CertificateIssued issued = recorder.read(event, CertificateIssued.class);
            requireSubject(event, issued.certificateId(), issued.economy());
            certificates.issued(issued, event.sequence());
        } else if (TrainingEvents.CERTIFICATE_REVOKED.type().equals(event.type())) {
            CertificateRevoked revoked = recorder.read(event, CertificateRevoked.class);
            requireSubject(event, revoked.certificateId(), revoked.economy());
            certificates.revoked(revoked, event.sequence());
        }
    }

    private static void requireSubject(EventEnvelope event, String certificateId, String economy) {
        if (certificateId == null || !certificateId.equals(event.subject()) || !event.economy().equals(economy)) {
            throw new EventOrigins.RejectedRecord("subject-mismatch", "event " + event.id() + " names certificate "
                    + certificateId + " of " + economy + " but its subject is " + event.subject() + " of "
                    + event.economy());
        }
    }
}
