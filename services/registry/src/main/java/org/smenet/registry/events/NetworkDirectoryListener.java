package org.smenet.registry.events;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.registry.PublicEnterpriseProfile;
import org.smenet.contracts.registry.PublicEnterpriseWithdrawn;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.node.EventOrigins;
import org.smenet.registry.store.NetworkDirectory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the network directory from the public enterprise topic of this economy and of every peer
 * mirrored into this cluster ({@code <peer>.smenet.public.registry.enterprise.v1}).
 */
@Component
public class NetworkDirectoryListener {

    public static final String TOPIC_PATTERN = "([A-Za-z0-9_-]+\\.)?smenet\\.public\\.registry\\.enterprise\\.v1";

    private static final Logger log = LoggerFactory.getLogger(NetworkDirectoryListener.class);

    private final NetworkDirectory directory;
    private final EventRecorder recorder;
    private final EventOrigins origins;

    public NetworkDirectoryListener(NetworkDirectory directory, EventRecorder recorder, EventOrigins origins) {
        this.directory = directory;
        this.recorder = recorder;
        this.origins = origins;
    }

    @KafkaListener(id = "registry-network-directory", topicPattern = TOPIC_PATTERN,
            groupId = "${spring.application.name}-network-directory")
    public void on(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        // a record's economy must match where it came from: no peer writes another economy's entries
        origins.check(record.topic(), event);
        String type = event.type();
        if (RegistryEvents.PUBLIC_ENTERPRISE_PUBLISHED.type().equals(type)) {
            PublicEnterpriseProfile profile = recorder.read(event, PublicEnterpriseProfile.class);
            requireSubject(event, profile.enterpriseId(), profile.economy());
            directory.publish(profile, event.sequence(), record.topic());
        } else if (RegistryEvents.PUBLIC_ENTERPRISE_WITHDRAWN.type().equals(type)) {
            PublicEnterpriseWithdrawn withdrawn = recorder.read(event, PublicEnterpriseWithdrawn.class);
            requireSubject(event, withdrawn.enterpriseId(), withdrawn.economy());
            directory.withdraw(withdrawn.enterpriseId(), withdrawn.economy(), event.sequence(), record.topic());
        } else {
            log.debug("Ignoring event type {} on {}", type, record.topic());
        }
    }

    private static void requireSubject(EventEnvelope event, String enterpriseId, String economy) {
        if (enterpriseId == null || !enterpriseId.equals(event.subject())) {
            throw new EventOrigins.RejectedRecord("subject-mismatch", "event " + event.id() + " names enterprise "
                    + enterpriseId + " but its subject is " + event.subject());
        }
        if (!event.economy().equals(economy)) {
            throw new EventOrigins.RejectedRecord("economy-mismatch", "event " + event.id() + " of economy "
                    + event.economy() + " carries an enterprise of " + economy);
        }
    }
}
