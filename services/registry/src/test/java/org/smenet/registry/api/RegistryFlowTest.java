package org.smenet.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.registry.RegistryTestSupport.header;
import static org.smenet.registry.RegistryTestSupport.unique;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.registry.RegistryEvents;
import org.smenet.contracts.schema.SchemaCatalog;
import org.smenet.registry.RegistryIntegration;
import org.smenet.registry.RegistryTestSupport;
import org.smenet.registry.store.EnterpriseDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

@RegistryIntegration
public class RegistryFlowTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    MongoTemplate mongo;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = RegistryTestSupport.mockMvc(context);
        RegistryTestSupport.designated(context, "CL", "org-cl-fp-1");
    }

    public static String enterpriseJson(String registrationNumber, boolean publicProfile) {
        return """
                {"registrationNumber":"%s","legalName":"Andes Coffee Traders","sizeClass":"SMALL","yearFounded":2004,
                 "isicCodes":["1079"],"hsOffered":["090111"],"hsSought":["8438"],
                 "cooperationOffered":["DISTRIBUTION"],"cooperationSought":["TECHNOLOGY_TRANSFER"],
                 "targetEconomies":["VN","TH"],"certifications":["ISO 9001"],"languages":["es","en"],
                 "website":"https://andes-coffee.example","contact":{"name":"Ana","email":"ana@andes.example"},
                 "publicProfile":%s}
                """.formatted(registrationNumber, publicProfile);
    }

    String register(String org, String registrationNumber, boolean publicProfile) throws Exception {
        String body = mvc.perform(post("/api/registry/enterprises").with(token("CL", org, "SME"))
                        .contentType(MediaType.APPLICATION_JSON).content(enterpriseJson(registrationNumber, publicProfile)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void registersEnterpriseStoresItAndPublishesAnEventValidAgainstItsSchema() throws Exception {
        String org = unique("org-cl-sme");
        String number = unique("RUT");
        String correlation = unique("corr-flow");

        String body = mvc.perform(post("/api/registry/enterprises").with(token("CL", org, "SME"))
                        .header("X-Correlation-Id", correlation)
                        .contentType(MediaType.APPLICATION_JSON).content(enterpriseJson(number, true)))
                .andExpect(status().isCreated())
                .andExpect(header().string("X-Correlation-Id", correlation))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        Document stored = mongo.findById(id, Document.class, EnterpriseDocument.COLLECTION);
        assertThat(stored).isNotNull();
        assertThat(stored.getString("economy")).isEqualTo("CL");
        assertThat(stored.getString("ownerOrg")).isEqualTo(org);
        assertThat(stored.getString("registrationNumber")).isEqualTo(number);
        assertThat(stored.getList("hsIndex", String.class)).contains("090111", "0901", "09", "8438", "84");

        var record = RegistryTestSupport.awaitRecords(bootstrap, RegistryEvents.ENTERPRISE_TOPIC,
                r -> id.equals(r.key()), 1).get(0);
        assertThat(header(record, "ce_type")).isEqualTo(RegistryEvents.ENTERPRISE_REGISTERED.type());
        assertThat(header(record, "ce_source")).isEqualTo("/smenet/CL/registry");
        assertThat(header(record, "ce_subject")).isEqualTo(id);
        assertThat(header(record, "ce_economy")).isEqualTo("CL");
        assertThat(header(record, "ce_sequence")).isEqualTo("1");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "correlation-id")).as("the request's correlation id travels on").isEqualTo(correlation);
        assertThat(SchemaCatalog.validator(header(record, "ce_dataschema")).validate(SchemaCatalog.JSON.readTree(record.value()))).isEmpty();
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("ana@andes.example");

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(id, Document.class,
                EnterpriseDocument.COLLECTION).getList("outbox", Document.class).isEmpty());
        assertThat(meters.get("smenet.outbox.published").tag("topic", RegistryEvents.ENTERPRISE_TOPIC).counter()
                .count()).isGreaterThanOrEqualTo(1);
        assertThat(meters.get("smenet.outbox.backlog").gauge()).isNotNull();
    }

    @Test
    void anSmeFindsItsOwnEnterprisesWithTheirContactAndNobodyElseFindsAny() throws Exception {
        String org = unique("org-cl-sme");
        String first = register(org, unique("RUT"), true);
        String second = register(org, unique("RUT"), false);
        register(unique("org-cl-sme"), unique("RUT"), true);

        mvc.perform(get("/api/registry/enterprises/mine").with(token("CL", org, "SME")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[0].id").value(first))
                .andExpect(jsonPath("$.items[1].id").value(second))
                .andExpect(jsonPath("$.items[0].contact.email").value("ana@andes.example"));
        // the same org name in another economy, or without the SME role, owns nothing here
        mvc.perform(get("/api/registry/enterprises/mine").with(token("PE", org, "SME")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/registry/enterprises/mine").with(token("CL", org, "FOCAL_POINT")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/registry/enterprises/mine").param("size", "500").with(token("CL", org, "SME")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("size"));
    }

    @Test
    void verifiedPublicEnterpriseReachesTheNetworkDirectoryWithoutItsContact() throws Exception {
        String id = register(unique("org-cl-sme"), unique("RUT"), true);

        mvc.perform(post("/api/registry/enterprises/{id}/verification", id).with(token("CL", "org-cl-fp-1", "FOCAL_POINT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VERIFIED"))
                .andExpect(jsonPath("$.networkPublic").value(true));

        var published = RegistryTestSupport.awaitRecords(bootstrap, RegistryEvents.PUBLIC_ENTERPRISE_TOPIC,
                r -> id.equals(r.key()), 1).get(0);
        assertThat(header(published, "ce_type")).isEqualTo(RegistryEvents.PUBLIC_ENTERPRISE_PUBLISHED.type());
        assertThat(SchemaCatalog.validator(header(published, "ce_dataschema")).validate(SchemaCatalog.JSON.readTree(published.value()))).isEmpty();
        assertThat(new String(published.value(), StandardCharsets.UTF_8)).doesNotContain("ana@andes.example");

        // signed by the node's key, which the node publishes (without a token) for its peers to pin
        String jwks = mvc.perform(get("/.well-known/smenet/jwks.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String kid = header(published, "ce_signaturekey");
        java.util.List<String> xs = JsonPath.read(jwks, "$.keys[?(@.kid == '" + kid + "')].x");
        assertThat(xs).hasSize(1);
        String x = xs.get(0);
        assertThat(jwks).doesNotContain("\"d\"");
        var event = org.smenet.contracts.EventEnvelope.from(published);
        assertThat(org.smenet.contracts.EventSignatures.verify(event,
                org.smenet.contracts.EventSignatures.publicKey(java.util.Base64.getUrlDecoder().decode(x)))).isTrue();

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                mvc.perform(get("/api/registry/network/enterprises/{id}", id).with(token("VN", "org-vn-sme-1", "SME")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.economy").value("CL"))
                        .andExpect(jsonPath("$.profile.legalName").value("Andes Coffee Traders")));
    }

    @Test
    void otherEconomiesSeeOnlyPublicVerifiedProfilesAndNeverTheContact() throws Exception {
        String owner = unique("org-cl-sme");
        String id = register(owner, unique("RUT"), true);

        mvc.perform(get("/api/registry/enterprises/{id}", id).with(token("VN", "org-vn-sme-1", "SME")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/registry/enterprises/{id}", id).with(token("CL", owner, "SME")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact.email").value("ana@andes.example"));

        mvc.perform(post("/api/registry/enterprises/{id}/verification", id).with(token("CL", "org-cl-fp-1", "FOCAL_POINT")))
                .andExpect(status().isOk());

        mvc.perform(get("/api/registry/enterprises/{id}", id).with(token("VN", "org-vn-sme-1", "SME")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact").doesNotExist());
        mvc.perform(get("/api/registry/enterprises/{id}", id).with(token("CL", "org-cl-other", "SME")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact").doesNotExist());
    }

    @Test
    void filtersByHsHeadingFindEnterprisesOfferingItsSubheadings() throws Exception {
        String id = register(unique("org-cl-sme"), unique("RUT"), true);

        mvc.perform(get("/api/registry/enterprises").param("hs", "0901").param("name", "andes coffee")
                        .param("size", "100").with(token("CL", "org-cl-sme-1", "SME")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").exists());
        mvc.perform(get("/api/registry/enterprises").param("isic", "C").param("size", "100")
                        .param("name", "andes coffee").with(token("CL", "org-cl-sme-1", "SME")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").exists());
        mvc.perform(get("/api/registry/enterprises").param("hs", "0902").param("size", "100")
                        .with(token("CL", "org-cl-sme-1", "SME")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").doesNotExist());
    }
}
