package org.smenet.consultation;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.smenet.consultation.store.EnterpriseDirectory;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.registry.EnterpriseProfile;
import org.smenet.contracts.registry.EnterpriseRegistered;
import org.smenet.contracts.registry.FocalPointDesignated;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.registry.FocalPointKind;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.contracts.registry.SizeClass;
import org.smenet.kit.authority.Designations;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** What the consultation's integration tests share: MockMvc with security, designations, registry events, topics. */
public final class ConsultationTestSupport {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private ConsultationTestSupport() {
    }

    public static MockMvc mockMvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean(org.smenet.kit.web.CorrelationId.class))
                .apply(springSecurity()).build();
    }

    /**
     * Makes {@code org} a designated focal point of {@code economy} of {@code kind} with every function, as
     * the kit's listener does on {@code smenet.registry.focal-point.v1}. Repeatable.
     */
    public static String designated(ApplicationContext context, String economy, String org, FocalPointKind kind) {
        context.getBean(Designations.class).designated(new FocalPointDesignated("fp-" + org, economy, org + " institution",
                kind, List.of(FocalPointFunction.values()), org, null, Instant.now()), 1);
        return org;
    }

    /**
     * Publishes a registry {@code enterprise.registered} event on the registry's topic (what the registry
     * would do) and waits until the service's read model has it.
     */
    public static String registeredEnterprise(ApplicationContext context, String economy, String owner, SizeClass size,
            List<String> isic, List<String> hs) {
        String id = unique("ent");
        EnterpriseProfile profile = new EnterpriseProfile(owner + " Ltd", size, 2010, isic, hs, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), null, true);
        byte[] data = JSON.writeValueAsBytes(new EnterpriseRegistered(id, economy, null, owner, profile, Instant.now()));
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), EventEnvelope.sourceOf(economy, "registry"),
                RegistryEvents.ENTERPRISE_REGISTERED.type(), id, Instant.now(),
                RegistryEvents.ENTERPRISE_REGISTERED.dataschema(), economy, 1, data);
        @SuppressWarnings("unchecked")
        KafkaTemplate<String, byte[]> kafka = context.getBean(KafkaTemplate.class);
        kafka.send(envelope.toProducerRecord(RegistryEvents.ENTERPRISE_TOPIC)).join();
        EnterpriseDirectory directory = context.getBean(EnterpriseDirectory.class);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> directory.ownedBy(economy, owner).isPresent());
        return id;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        return org.smenet.testsupport.TopicRecords.header(record, name);
    }

    /** Reads {@code topic} from the beginning until {@code wanted} records match, or fails after 30 s. */
    public static List<ConsumerRecord<String, byte[]>> awaitRecords(String bootstrap, String topic,
            Predicate<ConsumerRecord<String, byte[]>> match, int wanted) {
        return org.smenet.testsupport.TopicRecords.awaitRecords(bootstrap, topic, match, wanted);
    }

    /** A consultation draft body: three sections and four questions, one of each kind. */
    public static Map<String, Object> draftBody(String audience, Instant closesAt, List<String> hs, List<String> isic,
            List<String> economies) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("title", "Electronic phytosanitary certificates for fresh fruit");
        body.put("summary", "A single window for fruit exports.");
        body.put("policyArea", "TRADE_FACILITATION");
        body.put("hsCodes", hs);
        body.put("isicCodes", isic);
        body.put("economiesConcerned", economies);
        body.put("sections", List.of(
                Map.of("number", 1, "heading", "Scope", "text", "Which shipments."),
                Map.of("number", 2, "heading", "Electronic certificates", "text", "ePhyto from 2027."),
                Map.of("number", 3, "heading", "Transition", "text", "Paper fallback.")));
        body.put("questions", List.of(
                Map.of("id", "q1", "kind", "SINGLE_CHOICE", "text", "Do you support the reform?",
                        "options", List.of("YES", "NO", "UNSURE")),
                Map.of("id", "q2", "kind", "MULTIPLE_CHOICE", "text", "Where do delays arise?",
                        "options", List.of("CUSTOMS", "SPS", "LOGISTICS")),
                Map.of("id", "q3", "kind", "AGREEMENT_SCALE", "text", "Two years of transition suffice."),
                Map.of("id", "q4", "kind", "FREE_TEXT", "text", "Anything else?")));
        body.put("audience", audience);
        body.put("closesAt", closesAt.toString());
        return body;
    }
}
