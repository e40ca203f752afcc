package org.smenet.registry.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.kit.events.OutboxCollections;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.registry.RegistryApplication;
import org.smenet.registry.app.DemoData;
import org.smenet.registry.app.EnterpriseService;
import org.smenet.registry.store.NetworkDirectory;
import org.smenet.testsupport.Federation;
import org.smenet.testsupport.TopicRecords;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Two economies' nodes, each with its own broker, store and registry, and MirrorMaker 2 between them
 * ({@link Federation}): Chile's public enterprise projection becomes Viet Nam's network directory; nothing
 * private crosses; a peer link that was down catches up with nothing lost and nothing applied twice.
 */
class FederatedDirectoryTest {

    static final String PUBLIC_TOPIC = RegistryEvents.PUBLIC_ENTERPRISE_TOPIC;
    static final Pattern E_MAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** Contact details, and what only the home registry knows (who owns it, its registration number, why it changed). */
    static final Pattern PRIVATE_FIELD = Pattern.compile(
            "\"(e-?mail|phone|telephone|contact[A-Za-z]*|ownerOrg|registrationNumber|actorOrg|reason)\"\\s*:",
            Pattern.CASE_INSENSITIVE);
    static final Actor FOCAL_CL = new Actor("demo", "CL", "org-cl-fp-1", Set.of(Role.FOCAL_POINT));

    static Federation network;
    static ConfigurableApplicationContext chile;
    static ConfigurableApplicationContext vietNam;
    static int seeded;

    @BeforeAll
    static void startTwoNodes() {
        quietKafkaLogs();
        network = Federation.start("CL", "VN");
        chile = registry("CL");
        vietNam = registry("VN");
    }

    @AfterAll
    static void stopTwoNodes() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {vietNam, chile}) {
            if (context != null) {
                context.close();
            }
        }
        if (network != null) {
            network.close();
        }
    }

    static ConfigurableApplicationContext registry(String economy) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("smenet.node.demo", "true");
        properties.put("smenet.outbox.poll-interval", "100ms");
        properties.put("smenet.kafka.initial-back-off", "50ms");
        properties.put("spring.kafka.consumer.properties.metadata.max.age.ms", "1000");
        properties.put("logging.level.org.apache.kafka", "WARN");
        properties.put("logging.level.kafka", "WARN");
        return new SpringApplicationBuilder(RegistryApplication.class).run(network.arguments(economy, properties));
    }

    static void quietKafkaLogs() {
        LoggingSystem logging = LoggingSystem.get(FederatedDirectoryTest.class.getClassLoader());
        logging.setLogLevel("org.apache.kafka", LogLevel.WARN);
        logging.setLogLevel("kafka", LogLevel.WARN);
    }

    @Test
    void chilesPublicEnterprisesReachVietNamsDirectoryAndNothingPrivateCrosses() {
        seedChile(6);
        Map<String, Long> published = awaitChileSettled();
        assertThat(published).as("Chile published verified public enterprises").isNotEmpty();
        awaitDirectoryMatches(published);
        NetworkDirectory vn = vietNam.getBean(NetworkDirectory.class);
        String someone = published.keySet().iterator().next();
        assertThat(vn.find(someone).orElseThrow().origin()).isEqualTo(Federation.mirrored("CL", PUBLIC_TOPIC));
        assertThat(vn.search("CL", null, null, null, PageRequest.of(0, 100)).getTotalElements())
                .isPositive();

        // only public topics came from Chile (and MirrorMaker's heartbeats)
        List<String> fromChile = topics(network.bootstrap("VN")).stream().filter(t -> t.startsWith("CL.")).toList();
        assertThat(fromChile).contains(Federation.mirrored("CL", PUBLIC_TOPIC))
                .allMatch(t -> t.startsWith("CL.smenet.public.") || t.endsWith("heartbeats"));
        assertThat(fromChile).doesNotContain("CL." + RegistryEvents.ENTERPRISE_TOPIC);
        // the private topic at home does carry private fields, so the scan below would see them
        assertThat(values(network.bootstrap("CL"), RegistryEvents.ENTERPRISE_TOPIC))
                .anyMatch(value -> PRIVATE_FIELD.matcher(value).find());
        // signed by Chile's node key (the Federation's key file), which Viet Nam's peers file pins
        assertThat(records(network.bootstrap("VN"), Federation.mirrored("CL", PUBLIC_TOPIC)))
                .allSatisfy(r -> {
                    assertThat(header(r, "ce_signature")).isNotBlank();
                    assertThat(header(r, "ce_signaturekey")).isEqualTo("federation-CL");
                });
        for (String topic : fromChile.stream().filter(t -> t.startsWith("CL.smenet.public.")).toList()) {
            assertThat(values(network.bootstrap("VN"), topic)).as(topic).isNotEmpty()
                    .noneMatch(value -> E_MAIL.matcher(value).find())
                    .noneMatch(value -> PRIVATE_FIELD.matcher(value).find());
        }
    }

    @Test
    void aPeerLinkDownForAWhileCatchesUpWithNothingLostAndNothingAppliedTwice() {
        seedChile(4);
        awaitDirectoryMatches(awaitChileSettled());

        network.stopMirror();
        try {
            // while the link is down: new enterprises, and one leaves and comes back (withdrawn, published)
            String returning = vietNam.getBean(NetworkDirectory.class)
                    .search("CL", null, null, null, PageRequest.of(0, 1)).getContent().get(0).id();
            EnterpriseService enterprises = chile.getBean(EnterpriseService.class);
            enterprises.suspend(FOCAL_CL, returning, "audit");
            enterprises.reinstate(FOCAL_CL, returning, "audit passed");
            seedChile(6);
            Map<String, Long> published = awaitChileSettled();
            assertThat(vietNam.getBean(NetworkDirectory.class).find(returning).orElseThrow().revisions())
                    .as("nothing crossed while the link was down")
                    .isLessThan(published.get(returning));
        } finally {
            network.startMirror();
        }
        awaitDirectoryMatches(awaitChileSettled());
    }

    @Test
    void aRecordOnChilesPublicTopicThatChilesNodeDidNotSignChangesNothingInVietNam() throws Exception {
        String id = "forged-" + java.util.UUID.randomUUID();
        var profile = new org.smenet.contracts.registry.EnterpriseProfile("Forged Exports",
                org.smenet.contracts.registry.SizeClass.SMALL, 2000, List.of("1030"), List.of("080450"), List.of(),
                List.of(org.smenet.contracts.registry.CooperationType.SUPPLY), List.of(), List.of("VN"), List.of(),
                List.of("en"), null, true);
        var data = new org.smenet.contracts.registry.PublicEnterpriseProfile(id, "CL", profile, List.of(),
                java.time.Instant.now(), java.time.Instant.now());
        var event = new org.smenet.contracts.EventEnvelope(java.util.UUID.randomUUID().toString(),
                org.smenet.contracts.EventEnvelope.sourceOf("CL", "registry"),
                RegistryEvents.PUBLIC_ENTERPRISE_PUBLISHED.type(), id, java.time.Instant.now(),
                RegistryEvents.PUBLIC_ENTERPRISE_PUBLISHED.dataschema(), "CL", 1,
                chile.getBean(tools.jackson.databind.json.JsonMapper.class).writeValueAsBytes(data));
        // someone with write access to Chile's broker, not Chile's node: no signature
        org.smenet.testsupport.PeerRecords.send(network.bootstrap("CL"), event.toProducerRecord(PUBLIC_TOPIC));

        String mirrored = Federation.mirrored("CL", PUBLIC_TOPIC);
        var rejected = TopicRecords.awaitRecords(network.bootstrap("VN"), mirrored + ".DLT", r -> id.equals(r.key()), 1);
        assertThat(header(rejected.get(0), "kafka_dlt-exception-message")).contains("unsigned");
        assertThat(vietNam.getBean(NetworkDirectory.class).find(id)).isEmpty();
    }

    /** Seeds {@code more} Chilean demo enterprises (the demo data is numbered: a larger count adds new ones). */
    static void seedChile(int more) {
        seeded += more;
        chile.getBean(DemoData.class).seed(List.of("CL"), seeded, line -> { });
    }

    /**
     * Waits until Chile's outboxes are empty (every event is on Chile's broker), then returns how many
     * public enterprise records Chile's topic holds per enterprise.
     */
    static Map<String, Long> awaitChileSettled() {
        MongoTemplate mongo = chile.getBean(MongoTemplate.class);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> List.of("enterprises", "focal_points", "clusters")
                .stream().allMatch(collection -> !mongo.exists(
                        new Query(Criteria.where(OutboxCollections.FIELD + ".0").exists(true)), collection)));
        Map<String, Long> perEnterprise = new HashMap<>();
        records(network.bootstrap("CL"), PUBLIC_TOPIC).forEach(r -> perEnterprise.merge(r.key(), 1L, Long::sum));
        return perEnterprise;
    }

    /** Viet Nam's directory holds every Chilean public enterprise, each event applied exactly once. */
    static void awaitDirectoryMatches(Map<String, Long> published) {
        NetworkDirectory vn = vietNam.getBean(NetworkDirectory.class);
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> published.forEach((id, events) ->
                assertThat(vn.find(id)).as(id).hasValueSatisfying(entry -> {
                    assertThat(entry.economy()).isEqualTo("CL");
                    assertThat(entry.revisions()).as("events applied for " + id).isEqualTo(events);
                })));
        // and it stays so: a late duplicate would have arrived before the last event of its enterprise
        published.forEach((id, events) -> assertThat(vn.find(id).orElseThrow().revisions()).isEqualTo(events));
    }

    static List<String> topics(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return List.copyOf(admin.listTopics().names().get());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> values(String bootstrap, String topic) {
        return records(bootstrap, topic).stream()
                .map(r -> r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8)).toList();
    }

    /** Every record of {@code topic} up to its current end. */
    static List<ConsumerRecord<String, byte[]>> records(String bootstrap, String topic) {
        return TopicRecords.everything(bootstrap, topic, record -> true);
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        return TopicRecords.header(record, name);
    }
}
