package org.smenet.testsupport;

import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.smenet.contracts.EventEnvelope;

/**
 * Records as a peer economy's node would have published them, arriving on this node's broker through
 * MirrorMaker 2: on {@code <PEER>.<topic>}. Tests that simulate a peer always go through here, so that what a
 * peer's record looks like (its headers, and its signature) is decided in one place.
 */
public final class PeerRecords {

    private PeerRecords() {
    }

    /**
     * The record {@code peer}'s node would have mirrored here for {@code event} published on its {@code topic}:
     * on {@code <peer>.<topic>}, signed with the peer's test key ({@link TestPeers}).
     */
    public static ProducerRecord<String, byte[]> record(String peer, EventEnvelope event, String topic) {
        return TestPeers.sign(peer, event).toProducerRecord(peer + "." + topic);
    }

    /**
     * The record for {@code event} as it would be found on {@code topic}: on a local topic ({@code smenet.…}) as
     * this node's relay left it; on a mirrored topic ({@code <PEER>.smenet.public.…}) signed by that peer.
     */
    public static ProducerRecord<String, byte[]> onTopic(EventEnvelope event, String topic) {
        if (topic.startsWith("smenet.")) {
            return event.toProducerRecord(topic);
        }
        String peer = topic.substring(0, topic.indexOf('.'));
        return record(peer, event, topic.substring(peer.length() + 1));
    }

    /** A record on {@code <peer>.<topic>} signed with {@code signer}'s key instead (a replay or a forgery). */
    public static ProducerRecord<String, byte[]> signedBy(String signer, String peer, EventEnvelope event,
            String topic) {
        return TestPeers.sign(signer, event).toProducerRecord(peer + "." + topic);
    }

    /** A record on {@code <peer>.<topic>} without any signature. */
    public static ProducerRecord<String, byte[]> unsigned(String peer, EventEnvelope event, String topic) {
        return event.toProducerRecord(peer + "." + topic);
    }

    /** Sends {@link #record} to the broker at {@code bootstrap} and waits for the acknowledgement. */
    public static void send(String bootstrap, String peer, EventEnvelope event, String topic) {
        send(bootstrap, record(peer, event, topic));
    }

    /** Sends a record as it is (for tests that alter a peer's record on purpose). */
    public static void send(String bootstrap, ProducerRecord<String, byte[]> record) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send " + record.topic(), e);
        }
    }
}
