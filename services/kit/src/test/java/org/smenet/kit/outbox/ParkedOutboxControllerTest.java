package org.smenet.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.kit.errors.ProblemHandler;
import org.smenet.kit.events.OutboxCollections;
import org.smenet.kit.events.OutboxDocuments;
import org.smenet.kit.events.RelayFixture;
import org.smenet.kit.security.ActorArgumentResolver;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The operator endpoint for parked outbox events: who may use it, what each role sees, retry and discard. */
class ParkedOutboxControllerTest {

    static final String BASE = "/api/kit/operator/outbox/parked";

    MongoTemplate mongo;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mongo = RelayFixture.store("parked");
        mongo.insert(new Document("_id", "cl-1").append("version", 2)
                .append(OutboxCollections.FIELD, List.of(pending("cl-e2", 2)))
                .append(OutboxDocuments.PARKED, List.of(parked("cl-e1", "CL", 1))), "aggregates");
        mongo.insert(new Document("_id", "vn-1").append("version", 1)
                .append(OutboxDocuments.PARKED, List.of(parked("vn-e1", "VN", 1))), "aggregates");
        mvc = MockMvcBuilders.standaloneSetup(new ParkedOutboxController(
                        new ParkedOutbox(mongo, OutboxCollections.of("aggregates")),
                        new org.smenet.kit.node.HostedEconomies(new org.smenet.kit.node.NodeProperties(
                                List.of("CL", "VN", "TH"), false, java.util.Map.of()),
                                new org.smenet.kit.reference.ReferenceData())))
                .addPlaceholderValue("spring.application.name", "kit")
                .setCustomArgumentResolvers(new ActorArgumentResolver())
                .setControllerAdvice(new ProblemHandler())
                .build();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void onlyOperatorsAndEconomyAdminsMayLook() throws Exception {
        for (String role : List.of("SME", "FOCAL_POINT", "EXPERT")) {
            as("CL", role);
            mvc.perform(get(BASE)).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("https://smenet.org/problems/forbidden"));
            mvc.perform(post(BASE + "/cl-e1/retry")).andExpect(status().isForbidden());
            mvc.perform(delete(BASE + "/cl-e1")).andExpect(status().isForbidden());
        }
    }

    @Test
    void anOperatorSeesEveryEconomyAnAdminOnlyItsOwn() throws Exception {
        as("CL", "NETWORK_OPERATOR");
        mvc.perform(get(BASE)).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
        as("CL", "ECONOMY_ADMIN");
        mvc.perform(get(BASE)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].eventId").value("cl-e1"))
                .andExpect(jsonPath("$[0].aggregateId").value("cl-1"))
                .andExpect(jsonPath("$[0].reason").value("RecordTooLargeException: too big"))
                .andExpect(jsonPath("$[0].attempts").value(1));
        mvc.perform(post(BASE + "/vn-e1/retry")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://smenet.org/problems/not-found"));
        mvc.perform(delete(BASE + "/unknown")).andExpect(status().isNotFound());
    }

    @Test
    void aRetriedEventGoesBackToTheFrontOfItsOutbox() throws Exception {
        as("CL", "ECONOMY_ADMIN");
        mvc.perform(post(BASE + "/cl-e1/retry")).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.eventId").value("cl-e1"));

        Document document = mongo.findById("cl-1", Document.class, "aggregates");
        List<Document> outbox = document.getList(OutboxCollections.FIELD, Document.class);
        assertThat(outbox).extracting(event -> event.getString("eventId")).containsExactly("cl-e1", "cl-e2");
        assertThat(outbox.get(0)).doesNotContainKeys("reason", "attempts", "parkedAt");
        assertThat(document.getList(OutboxDocuments.PARKED, Document.class)).isEmpty();
        mvc.perform(post(BASE + "/cl-e1/retry")).andExpect(status().isNotFound());
    }

    @Test
    void anAdminOfAnEconomyThisNodeDoesNotHostSeesNothing() throws Exception {
        as("PE", "ECONOMY_ADMIN");
        mvc.perform(get(BASE)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://smenet.org/problems/economy-not-hosted"));
    }

    @Test
    void aDiscardedEventIsGone() throws Exception {
        as("TH", "NETWORK_OPERATOR");
        mvc.perform(delete(BASE + "/vn-e1")).andExpect(status().isNoContent());
        assertThat(mongo.findById("vn-1", Document.class, "aggregates").getList(OutboxDocuments.PARKED, Document.class))
                .isEmpty();
        mvc.perform(get(BASE)).andExpect(jsonPath("$.length()").value(1));
    }

    private static void as(String economy, String role) {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "none").subject("someone").claim("economy", economy)
                .claim("org", "org-" + economy).claim("roles", List.of(role)).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }

    private static Document pending(String eventId, long sequence) {
        return new Document("eventId", eventId).append("topic", "t").append("type", "x").append("subject", "s")
                .append("source", "/smenet/CL/kit").append("economy", "CL").append("sequence", sequence)
                .append("time", new Date()).append("data", "{}");
    }

    private static Document parked(String eventId, String economy, long sequence) {
        return pending(eventId, sequence).append("economy", economy)
                .append("reason", "RecordTooLargeException: too big").append("attempts", 1)
                .append("parkedAt", new Date());
    }
}
