package org.smenet.registry.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.registry.RegistryTestSupport.unique;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
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
import org.smenet.contracts.EventType;
import org.smenet.contracts.training.CertificateIssued;
import org.smenet.contracts.training.CertificateRevoked;
import org.smenet.contracts.training.CourseTopic;
import org.smenet.contracts.training.TrainingEvents;
import org.smenet.registry.RegistryIntegration;
import org.smenet.registry.RegistryTestSupport;
import org.smenet.registry.api.RegistryFlowTest;
import org.smenet.registry.store.EarnedCertificates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** A certificate earned in training reaches the registry, which shows it on the enterprise's profile. */
@RegistryIntegration
class CertificateConsumerTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    EarnedCertificates certificates;
    @Autowired
    JsonMapper json;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    MockMvc mvc;
    KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void setUp() {
        mvc = RegistryTestSupport.mockMvc(context);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    @AfterEach
    void tearDown() {
        producer.close();
    }

    private <T> void send(EventType<T> type, String subject, String economy, long sequence, T data) throws Exception {
        ProducerRecord<String, byte[]> record = new EventEnvelope(UUID.randomUUID().toString(),
                EventEnvelope.sourceOf(economy, "training"), type.type(), subject, Instant.now(), type.dataschema(),
                economy, sequence, json.writeValueAsBytes(data)).toProducerRecord(type.topic());
        producer.send(record).get();
    }

    @Test
    void anIssuedCertificateShowsOnTheProfileOnceAndARevokedOneNoLonger() throws Exception {
        String owner = unique("org-cl-sme");
        String id = JsonPath.read(mvc.perform(post("/api/registry/enterprises").with(token("CL", owner, "SME"))
                        .contentType(MediaType.APPLICATION_JSON).content(RegistryFlowTest.enterpriseJson(unique("R"), true)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String certificate = unique("cert");
        var issued = new CertificateIssued(certificate, "CL", id, "course-1", "Export readiness: SPS for coffee",
                CourseTopic.values()[0], "SPS export readiness", Instant.parse("2026-11-01T10:00:00Z"),
                Instant.parse("2028-11-01T10:00:00Z"));

        send(TrainingEvents.CERTIFICATE_ISSUED, certificate, "CL", 1, issued);
        send(TrainingEvents.CERTIFICATE_ISSUED, certificate, "CL", 1, issued);

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/registry/enterprises/{id}", id).with(token("CL", owner, "SME")))
                        .andExpect(jsonPath("$.certificates.length()").value(1))
                        .andExpect(jsonPath("$.certificates[0].certificateId").value(certificate))
                        .andExpect(jsonPath("$.certificates[0].certification").value("SPS export readiness")));

        send(TrainingEvents.CERTIFICATE_REVOKED, certificate, "CL", 2,
                new CertificateRevoked(certificate, "CL", id, "course-1", "issued in error", Instant.now()));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/registry/enterprises/{id}", id).with(token("CL", owner, "SME")))
                        .andExpect(jsonPath("$.certificates.length()").value(0)));
        assertThat(certificates.of(id)).isEmpty();
    }
}
