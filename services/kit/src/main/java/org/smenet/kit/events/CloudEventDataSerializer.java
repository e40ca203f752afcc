package org.smenet.kit.events;

import io.cloudevents.CloudEvent;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes only a CloudEvent's data. Used for dead-letter records: the recoverer copies the original
 * {@code ce_*} headers, so the dead letter is the record as it arrived.
 */
public class CloudEventDataSerializer implements Serializer<CloudEvent> {

    @Override
    public byte[] serialize(String topic, CloudEvent event) {
        return event == null || event.getData() == null ? null : event.getData().toBytes();
    }
}
