package org.smenet.kit.node;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.security.PublicKey;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.EventSignatures;
import org.smenet.kit.federation.PeerTrust;

/**
 * Binds every consumed record to its origin. A record on a local topic ({@code smenet.…}) must be of an
 * economy this node hosts; a record on a mirrored topic ({@code <PEER>.smenet.public.…}) must be of an
 * economy that peer hosts, and only public topics are ever mirrored. The economy extension and the
 * {@code ce_source} must agree. Anything else is rejected: the caller's error handler sends it to the
 * dead-letter topic with the reason, and a metric counts it. A mirrored record must moreover carry an
 * Ed25519 signature ({@link EventSignatures}) by a key the node pins for that peer ({@link PeerTrust}): the
 * key's peer = the topic's prefix, and the record's economy is one that peer hosts. An unsigned, forged,
 * altered or replayed-from-another-peer record is rejected the same way.
 */
public class EventOrigins {

    /** {@code <PEER>.} prefix of a mirrored topic (MirrorMaker's default replication policy). */
    private static final Pattern MIRRORED = Pattern.compile("([A-Za-z0-9_-]+)\\.(smenet\\..+)");
    private static final Pattern SOURCE = Pattern.compile("/smenet/([A-Z]{2})/[a-z0-9-]+");

    private final HostedEconomies hosted;
    private final PeerTrust trust;
    private final MeterRegistry meters;
    private final Map<String, Mirrored> lastMirrored = new java.util.concurrent.ConcurrentHashMap<>();

    public EventOrigins(HostedEconomies hosted, PeerTrust trust, MeterRegistry meters) {
        this.hosted = hosted;
        this.trust = trust;
        this.meters = meters;
    }

    /** Returns normally when {@code event}, read from {@code topic}, comes from where it says it does. */
    public void check(String topic, EventEnvelope event) {
        String economy = event.economy();
        Matcher source = SOURCE.matcher(event.source());
        if (!source.matches() || !source.group(1).equals(economy)) {
            reject(topic, "source-mismatch", "record " + event.id() + " has source " + event.source()
                    + " but economy " + economy);
        }
        Matcher mirrored = MIRRORED.matcher(topic);
        if (!mirrored.matches()) {
            if (!hosted.hosts(economy)) {
                reject(topic, "foreign-economy-on-local-topic", "record " + event.id() + " of economy " + economy
                        + " on local topic " + topic + "; this node hosts " + hosted.list());
            }
            return;
        }
        String peer = mirrored.group(1);
        if (!mirrored.group(2).startsWith("smenet.public.")) {
            reject(topic, "private-topic-mirrored", "record " + event.id() + " on " + topic
                    + ": only smenet.public.* topics cross between nodes");
        }
        if (!economiesOf(peer).contains(economy)) {
            reject(topic, "economy-not-of-peer", "record " + event.id() + " of economy " + economy
                    + " arrived from peer " + peer + ", which hosts " + economiesOf(peer));
        }
        if (event.signature() == null || event.signaturekey() == null) {
            reject(topic, "unsigned", "record " + event.id() + " from peer " + peer + " carries no signature");
        }
        Map<String, PublicKey> keys = trust.peer(peer).map(PeerTrust.Peer::keys).orElse(Map.of());
        PublicKey key = keys.get(event.signaturekey());
        if (key == null) {
            reject(topic, "untrusted-key", "record " + event.id() + " is signed with key " + event.signaturekey()
                    + ", which this node does not pin for peer " + peer + " (pinned: " + keys.keySet() + ")");
        }
        if (!EventSignatures.verify(event, key)) {
            reject(topic, "bad-signature", "record " + event.id() + " from peer " + peer
                    + " does not verify with key " + event.signaturekey() + ": forged or altered");
        }
        lastMirrored.put(peer, new Mirrored(topic, event.time(), java.time.Instant.now()));
    }

    /** The last mirrored record accepted from a peer: its topic, its event time and when this node accepted it. */
    public record Mirrored(String topic, java.time.Instant eventTime, java.time.Instant acceptedAt) {
    }

    /** The last record accepted per peer prefix since this service started (the operator's status). */
    public Map<String, Mirrored> lastMirrored() {
        return Map.copyOf(lastMirrored);
    }

    /** The economies a mirrored peer hosts: configured, or the economy its alias names. */
    public List<String> economiesOf(String peer) {
        return trust.economiesOf(peer);
    }

    private void reject(String topic, String reason, String detail) {
        Counter.builder("smenet.kafka.rejected.records")
                .description("Consumed records refused because they do not come from where they say")
                .tag("topic", topic).tag("reason", reason)
                .register(meters).increment();
        throw new RejectedRecord(reason, detail);
    }

    /** A record that can never be applied: not retried, straight to the dead-letter topic. */
    public static class RejectedRecord extends RuntimeException {

        private final String reason;

        public RejectedRecord(String reason, String detail) {
            super(reason + ": " + detail);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }
}
