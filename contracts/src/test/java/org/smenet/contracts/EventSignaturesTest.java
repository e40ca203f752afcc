package org.smenet.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventSignaturesTest {

    private static EventEnvelope event(String subject, String data) {
        return new EventEnvelope("evt-1", "/smenet/CL/opportunities", "org.smenet.opportunities.opportunity.listed.v1",
                subject, Instant.parse("2026-11-28T08:00:00.120Z"), "urn:smenet:schema:opportunities/x.v1.json", "CL",
                3, data.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSignedFormIsTheDocumentedOne() {
        String form = new String(EventSignatures.signedForm(event("opp-1", "{}"), "CL-k1"), StandardCharsets.UTF_8);
        assertThat(form).isEqualTo("""
                smenet-event-signature-v1
                specversion=3:1.0
                id=5:evt-1
                source=24:/smenet/CL/opportunities
                type=46:org.smenet.opportunities.opportunity.listed.v1
                subject=5:opp-1
                time=24:2026-11-28T08:00:00.120Z
                dataschema=41:urn:smenet:schema:opportunities/x.v1.json
                datacontenttype=16:application/json
                economy=2:CL
                sequence=1:3
                signaturekey=5:CL-k1
                data=2:{}""");
    }

    @Test
    void aSignatureVerifiesAfterTheKafkaRoundTripAndNothingElseDoes() {
        var pair = EventSignatures.generate();
        EventEnvelope signed = EventSignatures.sign(event("opp-1", "{\"a\":1}"), "CL-k1", pair.getPrivate());
        var record = signed.toProducerRecord("smenet.public.opportunities.opportunity.v1");
        var consumed = new org.apache.kafka.clients.consumer.ConsumerRecord<>(record.topic(), 0, 0L, record.key(),
                record.value());
        record.headers().forEach(h -> consumed.headers().add(h));
        EventEnvelope read = EventEnvelope.from(consumed);

        var publicKey = EventSignatures.publicKey(EventSignatures.rawPublic(pair.getPublic()));
        assertThat(EventSignatures.verify(read, publicKey)).isTrue();
        assertThat(EventSignatures.verify(read, EventSignatures.generate().getPublic())).isFalse();
        assertThat(EventSignatures.verify(event("opp-1", "{\"a\":1}"), publicKey)).as("unsigned").isFalse();
        // moving the same fields between attributes changes the signed form
        EventEnvelope shifted = new EventEnvelope(read.id(), read.source(), read.type(), read.subject(), read.time(),
                read.dataschema(), read.economy(), 3, "{\"a\":2}".getBytes(StandardCharsets.UTF_8),
                read.signaturekey(), read.signature());
        assertThat(EventSignatures.verify(shifted, publicKey)).isFalse();
        assertThat(EventSignatures.verify(read.withSignature("CL-k2", read.signature()), publicKey))
                .as("the key id is signed").isFalse();
    }
}
