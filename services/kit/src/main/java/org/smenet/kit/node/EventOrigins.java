package org.smenet.kit.node;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smenet.contracts.EventEnvelope;

/**
 * Binds every consumed record to its origin. A record on a local topic ({@code smenet.…}) must be of an
 * economy this node hosts; a record on a mirrored topic ({@code <PEER>.smenet.public.…}) must be of an
 * economy that peer hosts, and only public topics are ever mirrored. The economy extension and the
 * {@code ce_source} must agree. Anything else is rejected: the caller's error handler sends it to the
 * dead-letter topic with the reason, and a metric counts it. (Signatures, which come with federation,
 * will enforce the same rule cryptographically.)
 */
public class EventOrigins {

    /** {@code <PEER>.} prefix of a mirrored topic (MirrorMaker's default replication policy). */
    private static final Pattern MIRRORED = Pattern.compile("([A-Za-z0-9_-]+)\\.(smenet\\..+)");
    private static final Pattern SOURCE = Pattern.compile("/smenet/([A-Z]{2})/[a-z0-9-]+");

    private final HostedEconomies hosted;
    private final Map<String, NodeProperties.Peer> peers;
    private final MeterRegistry meters;

    public EventOrigins(HostedEconomies hosted, NodeProperties properties, MeterRegistry meters) {
        this.hosted = hosted;
        this.peers = properties.peers();
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
    }

    /** The economies a mirrored peer hosts: configured, or the economy its alias names. */
    public List<String> economiesOf(String peer) {
        NodeProperties.Peer configured = peers.get(peer);
        if (configured != null && configured.economies() != null && !configured.economies().isEmpty()) {
            return configured.economies();
        }
        return List.of(peer);
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
