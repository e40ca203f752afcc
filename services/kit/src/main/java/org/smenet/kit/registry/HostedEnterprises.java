package org.smenet.kit.registry;

import io.cloudevents.CloudEvent;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.registry.EnterpriseProfileUpdated;
import org.smenet.contracts.registry.EnterpriseRegistered;
import org.smenet.contracts.registry.EnterpriseStatusChanged;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.kit.events.EventRecorder;
import org.smenet.kit.events.Inbox;
import org.smenet.kit.node.EventOrigins;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Keeps a service's {@link EnterpriseProjection} from the registry's enterprise topic of this node's economies.
 * Each record: {@code origins.check} (an economy the node does not host is a rejected record), decoded into an
 * {@link EnterpriseChange} whose data must name the event's subject and economy ({@code subject-mismatch}
 * otherwise), then one atomic upsert guarded by the enterprise's sequence. Rejected and undecodable records go
 * to {@code smenet.registry.enterprise.v1.DLT} through the kit's error handler.
 *
 * <p>Listener id and consumer group: {@code smenet.enterprises.group}, by default
 * {@code <spring.application.name>-enterprises} (the group training and consultation always used, so their
 * committed offsets carry over). {@code smenet.enterprises.listen=false} keeps it from starting.
 */
public class HostedEnterprises {

    /** The listener's id and consumer group. */
    public static final String GROUP = "${smenet.enterprises.group:${spring.application.name}-enterprises}";

    /** The status types of the topic, from the registry's metadata: those whose data is a status change. */
    public static final Set<String> STATUS_TYPES = RegistryEvents.ALL.stream()
            .filter(t -> RegistryEvents.ENTERPRISE_TOPIC.equals(t.topic()))
            .filter(t -> EnterpriseStatusChanged.class.equals(t.dataClass()))
            .map(t -> t.type())
            .collect(Collectors.toUnmodifiableSet());

    private static final Logger log = LoggerFactory.getLogger(HostedEnterprises.class);

    private final EnterpriseProjection projection;
    private final Inbox inbox;
    private final EventRecorder recorder;
    private final EventOrigins origins;

    public HostedEnterprises(EnterpriseProjection projection, Inbox inbox, EventRecorder recorder,
            EventOrigins origins) {
        this.projection = projection;
        this.inbox = inbox;
        this.recorder = recorder;
        this.origins = origins;
    }

    @KafkaListener(id = GROUP, groupId = GROUP, topics = RegistryEvents.ENTERPRISE_TOPIC,
            autoStartup = "${smenet.enterprises.listen:true}")
    public void on(ConsumerRecord<String, CloudEvent> record) {
        EventEnvelope event = EventEnvelope.from(record.value());
        origins.check(record.topic(), event);
        apply(event);
    }

    /**
     * Applies an event whose origin was checked; true when it changed the read model, false for a duplicate, an
     * out-of-date event, or an event of no enterprise.
     */
    public boolean apply(EventEnvelope event) {
        EnterpriseChange change = decode(event, recorder);
        if (change.enterpriseId() == null) {
            log.warn("Skipped event {} of type {} on {}: it has no subject", event.id(), event.type(),
                    RegistryEvents.ENTERPRISE_TOPIC);
            return false;
        }
        Update update = change.update(projection).set("economy", event.economy());
        boolean applied = inbox.applyIfNewer(projection.collection(), change.enterpriseId(), event.sequence(), update);
        if (applied) {
            projection.applied(change.enterpriseId(), event.time());
        }
        return applied;
    }

    /**
     * What the event says, its data checked against its subject and economy; any type other than registered,
     * profile-updated and the {@link #STATUS_TYPES} is {@link EnterpriseChange.Other} with the event's subject
     * (possibly null) and economy.
     */
    public static EnterpriseChange decode(EventEnvelope event, EventRecorder recorder) {
        String type = event.type();
        if (RegistryEvents.ENTERPRISE_REGISTERED.type().equals(type)) {
            EnterpriseRegistered data = recorder.read(event, EnterpriseRegistered.class);
            return requireSubject(event, new EnterpriseChange.Registered(data, event.time()));
        }
        if (RegistryEvents.ENTERPRISE_PROFILE_UPDATED.type().equals(type)) {
            EnterpriseProfileUpdated data = recorder.read(event, EnterpriseProfileUpdated.class);
            return requireSubject(event, new EnterpriseChange.ProfileUpdated(data, event.time()));
        }
        if (STATUS_TYPES.contains(type)) {
            EnterpriseStatusChanged data = recorder.read(event, EnterpriseStatusChanged.class);
            return requireSubject(event, new EnterpriseChange.StatusChanged(data, event.time()));
        }
        return new EnterpriseChange.Other(event.subject(), event.economy(), type, event.time());
    }

    private static EnterpriseChange requireSubject(EventEnvelope event, EnterpriseChange change) {
        String enterpriseId = change.enterpriseId();
        String economy = change.economy();
        if (enterpriseId == null || !enterpriseId.equals(event.subject()) || !event.economy().equals(economy)) {
            throw new EventOrigins.RejectedRecord("subject-mismatch", "event " + event.id() + " names enterprise "
                    + enterpriseId + " of " + economy + " but its subject is " + event.subject() + " of "
                    + event.economy());
        }
        return change;
    }
}
