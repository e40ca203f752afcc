package org.smenet.registry.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.registry.RegistryTestSupport.header;
import static org.smenet.registry.RegistryTestSupport.unique;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.registry.CooperationType;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.contracts.registry.PublicEnterpriseProfile;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.contracts.registry.SizeClass;
import org.smenet.registry.RegistryIntegration;
import org.smenet.registry.RegistryTestSupport;
import org.smenet.registry.store.NetworkDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.json.JsonMapper;

/** The network directory consumer on a real broker: idempotent, and poison records go to the DLT. */
@RegistryIntegration
class NetworkDirectoryConsumerTest {

    static final String TOPIC = RegistryEvents.PUBLIC_ENTERPRISE_TOPIC;

    @Autowired
    NetworkDirectory directory;
    @Autowired
    JsonMapper json;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void setUp() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    @AfterEach
    void tearDown() {
        producer.close();
    }

    ProducerRecord<String, byte[]> published(String topic, String enterpriseId, String economy, long sequence,
            String legalName) {
        return org.smenet.testsupport.PeerRecords.onTopic(envelope(enterpriseId, economy, sequence, legalName), topic);
    }

    EventEnvelope envelope(String enterpriseId, String economy, long sequence, String legalName) {
        var profile = new EnterpriseProfile(legalName, SizeClass.MEDIUM, 1999, List.of("1030"), List.of("080450"),
                List.of(), List.of(CooperationType.SUPPLY), List.of(), List.of("CL"), List.of(), List.of("vi"), null, true);
        var data = new PublicEnterpriseProfile(enterpriseId, economy, profile, List.of(), Instant.now(), Instant.now());
        return new EventEnvelope(UUID.randomUUID().toString(), EventEnvelope.sourceOf(economy, "registry"),
                RegistryEvents.PUBLIC_ENTERPRISE_PUBLISHED.type(), enterpriseId, Instant.now(),
                RegistryEvents.PUBLIC_ENTERPRISE_PUBLISHED.dataschema(), economy, sequence,
                json.writeValueAsBytes(data));
    }

    void send(ProducerRecord<String, byte[]> record) throws Exception {
        producer.send(record).get();
    }

    @Test
    void theSameEventDeliveredTwiceChangesTheDirectoryOnce() throws Exception {
        String id = unique("cl-ent");
        var first = published(TOPIC, id, "CL", 1, "Mekong Fruit");

        send(first);
        send(first);
        send(published(TOPIC, id, "CL", 2, "Mekong Fruit Export"));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                directory.find(id).map(e -> e.sequence() == 2).orElse(false));
        NetworkDirectory.Entry entry = directory.find(id).orElseThrow();
        assertThat(entry.revisions()).as("two distinct events applied, the duplicate dropped").isEqualTo(2);
        assertThat(entry.profile().legalName()).isEqualTo("Mekong Fruit Export");
    }

    @Test
    void anOlderEventArrivingLateChangesNothing() throws Exception {
        String id = unique("pe-ent");
        send(published(TOPIC, id, "PE", 5, "Newest Name"));
        send(published(TOPIC, id, "PE", 3, "Stale Name"));
        send(published(TOPIC, id, "PE", 6, "Newer Name"));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                directory.find(id).map(e -> e.sequence() == 6).orElse(false));
        assertThat(directory.find(id).orElseThrow().revisions()).isEqualTo(2);
    }

    @Test
    void mirroredPeerTopicsAreConsumedByPattern() throws Exception {
        String id = unique("th-ent");
        String mirrored = "TH." + TOPIC;

        send(published(mirrored, id, "TH", 1, "Siam Orchid Export"));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> directory.find(id).isPresent());
        assertThat(directory.find(id).orElseThrow().origin()).isEqualTo(mirrored);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsProcessed() throws Exception {
        String id = unique("cl-ent");
        send(new ProducerRecord<>(TOPIC, id, "not a cloud event".getBytes(StandardCharsets.UTF_8)));
        var badData = published(TOPIC, id, "CL", 1, "ignored");
        send(new ProducerRecord<>(TOPIC, null, id, "{\"enterpriseId\": [}".getBytes(StandardCharsets.UTF_8),
                badData.headers()));
        send(published(TOPIC, id, "CL", 2, "After The Poison"));

        var deadLetters = RegistryTestSupport.awaitRecords(bootstrap, TOPIC + ".DLT", r -> id.equals(r.key()), 2);
        assertThat(deadLetters).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .contains("not a cloud event", "{\"enterpriseId\": [}");
        assertThat(header(deadLetters.get(0), "kafka_dlt-exception-fqcn")).isNotBlank();
        assertThat(header(deadLetters.get(0), "kafka_dlt-original-topic")).isEqualTo(TOPIC);
        assertThat(meters.get("smenet.kafka.dlt.records").tag("topic", TOPIC).counter().count())
                .isGreaterThanOrEqualTo(2);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                directory.find(id).map(e -> "After The Poison".equals(e.profile().legalName())).orElse(false));
    }

    @Test
    void aMirroredRecordOfAnotherEconomyIsDeadLetteredAndChangesNothing() throws Exception {
        String id = unique("cl-ent");
        send(published(TOPIC, id, "CL", 1, "The Real Chilean Firm"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> directory.find(id).isPresent());
        String mirrored = "TH." + TOPIC;

        // Thailand's node sends a record claiming to be Chile's, with a higher sequence to overwrite the entry
        send(published(mirrored, id, "CL", 9, "Overwritten From Abroad"));
        // and one with Thailand's economy but Chile's source
        var sourceMismatch = published(mirrored, unique("th-ent"), "TH", 1, "Wrong Source");
        sourceMismatch.headers().remove("ce_source");
        sourceMismatch.headers().add("ce_source", "/smenet/CL/registry".getBytes(StandardCharsets.UTF_8));
        send(sourceMismatch);

        var deadLetters = RegistryTestSupport.awaitRecords(bootstrap, mirrored + ".DLT", r -> true, 2);
        assertThat(deadLetters).extracting(r -> header(r, "kafka_dlt-exception-message"))
                .anyMatch(m -> m.contains("economy-not-of-peer"))
                .anyMatch(m -> m.contains("source-mismatch"));
        assertThat(meters.get("smenet.kafka.rejected.records").tag("topic", mirrored)
                .tag("reason", "economy-not-of-peer").counter().count()).isGreaterThanOrEqualTo(1);
        assertThat(directory.find(id).orElseThrow().profile().legalName()).isEqualTo("The Real Chilean Firm");
        assertThat(directory.find(id).orElseThrow().sequence()).isEqualTo(1);
    }

    @Test
    void unsignedAndForgedMirroredRecordsAreDeadLetteredAndChangeNothing() throws Exception {
        String id = unique("vn-ent");
        String mirrored = "VN." + TOPIC;
        send(published(mirrored, id, "VN", 1, "The Real Vietnamese Firm"));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> directory.find(id).isPresent());

        var genuine = published(mirrored, id, "VN", 2, "Unsigned Rename");
        var unsigned = new ProducerRecord<>(mirrored, null, id, genuine.value(), genuine.headers());
        unsigned.headers().remove("ce_signature");
        unsigned.headers().remove("ce_signaturekey");
        send(unsigned);
        // Thailand's node signs a record in Viet Nam's name
        send(org.smenet.testsupport.PeerRecords.signedBy("TH", "VN", envelope(id, "VN", 3, "Forged Rename"), TOPIC));
        // a genuine signature over altered data
        var altered = published(mirrored, id, "VN", 4, "Altered After Signing");
        send(new ProducerRecord<>(mirrored, null, id,
                new String(altered.value(), StandardCharsets.UTF_8).replace("Altered After Signing", "Altered!")
                        .getBytes(StandardCharsets.UTF_8), altered.headers()));

        var deadLetters = RegistryTestSupport.awaitRecords(bootstrap, mirrored + ".DLT", r -> id.equals(r.key()), 3);
        assertThat(deadLetters).extracting(r -> header(r, "kafka_dlt-exception-message"))
                .anyMatch(m -> m.contains("unsigned"))
                .anyMatch(m -> m.contains("untrusted-key"))
                .anyMatch(m -> m.contains("bad-signature"));
        assertThat(directory.find(id).orElseThrow().profile().legalName()).isEqualTo("The Real Vietnamese Firm");
        assertThat(directory.find(id).orElseThrow().revisions()).isEqualTo(1);
    }

    @Test
    void aRecordOfAnEconomyThisNodeDoesNotHostOnTheLocalTopicIsDeadLettered() throws Exception {
        String id = unique("vn-ent");

        send(published(TOPIC, id, "VN", 1, "Not Ours To Publish"));

        var deadLetters = RegistryTestSupport.awaitRecords(bootstrap, TOPIC + ".DLT", r -> id.equals(r.key()), 1);
        assertThat(header(deadLetters.get(0), "kafka_dlt-exception-message"))
                .contains("foreign-economy-on-local-topic");
        assertThat(directory.find(id)).isEmpty();
    }
}
