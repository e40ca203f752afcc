package org.smenet.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class EventEnvelopeTest {

    @Test
    void mapsToKafkaBinaryModeAndBack() {
        var envelope = new EventEnvelope("e-1", EventEnvelope.sourceOf("CL", "registry"),
                "org.smenet.registry.enterprise.registered.v1", "ent-1", Instant.parse("2026-01-02T03:04:05Z"),
                "urn:smenet:schema:registry/enterprise-registered.v1.json", "CL", 3,
                "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

        ProducerRecord<String, byte[]> record = envelope.toProducerRecord("smenet.registry.enterprise.v1");

        assertThat(record.key()).isEqualTo("ent-1");
        assertThat(header(record, "ce_id")).isEqualTo("e-1");
        assertThat(header(record, "ce_source")).isEqualTo("/smenet/CL/registry");
        assertThat(header(record, "ce_type")).isEqualTo("org.smenet.registry.enterprise.registered.v1");
        assertThat(header(record, "ce_subject")).isEqualTo("ent-1");
        assertThat(header(record, "ce_economy")).isEqualTo("CL");
        assertThat(header(record, "ce_sequence")).isEqualTo("3");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");

        var consumed = new ConsumerRecord<>(record.topic(), 0, 0L, record.key(), record.value());
        record.headers().forEach(h -> consumed.headers().add(h));
        EventEnvelope back = EventEnvelope.from(consumed);

        assertThat(back.id()).isEqualTo("e-1");
        assertThat(back.economy()).isEqualTo("CL");
        assertThat(back.sequence()).isEqualTo(3);
        assertThat(back.time()).isEqualTo(envelope.time());
        assertThat(back.dataschema()).isEqualTo(envelope.dataschema());
        assertThat(back.data()).isEqualTo(envelope.data());
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
