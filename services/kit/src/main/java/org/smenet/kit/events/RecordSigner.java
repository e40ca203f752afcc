package org.smenet.kit.events;

import org.smenet.contracts.EventEnvelope;
import org.smenet.kit.federation.NodeKeys;

/** Signs what the relay publishes on public topics ({@code smenet.public.*}), which peers mirror and verify. */
@FunctionalInterface
public interface RecordSigner {

    /** Signs nothing (relays in tests of the relay itself). */
    RecordSigner NONE = (topic, event) -> event;

    EventEnvelope sign(String topic, EventEnvelope event);

    /** Signs every record of a {@code smenet.public.*} topic with the node's current key. */
    static RecordSigner publicTopics(NodeKeys keys) {
        return (topic, event) -> topic.startsWith("smenet.public.") ? keys.sign(event) : event;
    }
}
