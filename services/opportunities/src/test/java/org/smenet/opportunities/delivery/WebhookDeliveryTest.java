package org.smenet.opportunities.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.opportunities.OpportunitiesTestSupport.published;
import static org.smenet.opportunities.OpportunitiesTestSupport.unique;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.standardwebhooks.Webhook;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.opportunities.OpportunitiesIntegration;
import org.smenet.opportunities.OpportunitiesTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Webhooks end to end on a real broker, store and HTTP receiver: signatures checked by the independent
 * Standard Webhooks library, an outage survived, a permanent failure dead-lettered and replayed.
 */
@OpportunitiesIntegration
class WebhookDeliveryTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    WebApplicationContext context;
    @Autowired
    MongoTemplate mongo;

    MockMvc mvc;
    WebhookReceiver receiver;
    String agency;
    String publisher;

    @BeforeEach
    void setUp() throws Exception {
        mvc = OpportunitiesTestSupport.mockMvc(context);
        receiver = new WebhookReceiver();
        agency = unique("org-cl-agency");
        publisher = unique("org-cl-sme");
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    /** Subscribes the agency's webhook to buy requests under HS chapter 09; returns [id, secret]. */
    String[] subscribe(String keyword) throws Exception {
        String body = mvc.perform(post("/api/opportunities/subscriptions")
                        .with(token("CL", agency, "AGENCY_CLIENT", "FOCAL_POINT")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"channel":"WEBHOOK","webhookUrl":"%s","kinds":["BUY_REQUEST"],"hsPrefixes":["09"],
                                 "keywords":["%s"]}""".formatted(receiver.url(), keyword)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret").value(org.hamcrest.Matchers.startsWith("whsec_")))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/opportunities/subscriptions/{id}", id).with(token("CL", agency, "AGENCY_CLIENT")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.secret").doesNotExist());
        return new String[] {id, JsonPath.read(body, "$.secret")};
    }

    @Test
    void aMatchingPublicationReachesTheWebhookAsASignedCloudEvent() throws Exception {
        String tag = unique("kw");
        String[] subscription = subscribe(tag);
        String matching = published(context, publisher, "BUY_REQUEST", "Arabica " + tag, "090111", true);
        String otherKind = published(context, publisher, "SELL_OFFER", "Arabica " + tag, "090111", true);
        String otherChapter = published(context, publisher, "BUY_REQUEST", "Quinoa " + tag, "100850", true);

        Awaitility.await().atMost(WAIT).until(() -> receiver.about(matching).size() == 1);
        var delivery = receiver.about(matching).get(0);
        // verified by the independent Standard Webhooks library, not by the code that signs
        new Webhook(subscription[1]).verify(delivery.body(), delivery.headers());
        assertThat(delivery.headers().get("Content-type").get(0)).startsWith("application/cloudevents+json");
        String body = delivery.body();
        assertThat((String) JsonPath.read(body, "$.specversion")).isEqualTo("1.0");
        assertThat((String) JsonPath.read(body, "$.type")).isEqualTo(OpportunitiesEvents.PUBLIC_OPPORTUNITY_LISTED.type());
        assertThat((String) JsonPath.read(body, "$.id")).isEqualTo(delivery.id());
        assertThat((String) JsonPath.read(body, "$.data.opportunityId")).isEqualTo(matching);
        assertThat(body).doesNotContain("ana@x.example");

        // a tampered body fails the same independent check
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                new Webhook(subscription[1]).verify(body.replace("Arabica", "Robusta"), delivery.headers()))
                .isInstanceOf(Exception.class);
        mvc.perform(get("/api/opportunities/subscriptions/{id}/deliveries", subscription[0])
                        .with(token("CL", agency, "AGENCY_CLIENT")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].status").value("DELIVERED"))
                .andExpect(jsonPath("$.items[0].log[0].status").value(204));
        assertThat(receiver.about(otherKind)).isEmpty();
        assertThat(receiver.about(otherChapter)).isEmpty();
    }

    @Test
    void deliveriesMadeWhileTheReceiverIsDownArriveWhenItReturnsNoneLost() throws Exception {
        String tag = unique("kw");
        String[] subscription = subscribe(tag);
        receiver.mode = WebhookReceiver.Mode.DOWN;
        List<String> ids = List.of(
                published(context, publisher, "BUY_REQUEST", "Beans A " + tag, "0901", true),
                published(context, publisher, "BUY_REQUEST", "Beans B " + tag, "0902", true),
                published(context, publisher, "BUY_REQUEST", "Beans C " + tag, "090111", true));
        Awaitility.await().atMost(WAIT).until(() -> mongo.count(Query.query(Criteria.where("subscriptionId")
                .is(subscription[0]).and("log.status").is(503)), DeliveryStore.COLLECTION) >= 1);
        receiver.mode = WebhookReceiver.Mode.UP;

        Awaitility.await().atMost(WAIT).until(() -> ids.stream().allMatch(id -> !receiver.about(id).isEmpty()));
        Set<String> eventIds = receiver.received.stream().filter(r -> ids.stream().anyMatch(id -> r.body().contains(id)))
                .map(WebhookReceiver.Received::id).collect(Collectors.toSet());
        assertThat(eventIds).hasSize(3);
        for (var r : receiver.received) {
            new Webhook(subscription[1]).verify(r.body(), r.headers());
        }
    }

    @Test
    void aPermanentFailureLandsInTheDeadLettersAndIsReplayable() throws Exception {
        String tag = unique("kw");
        String[] subscription = subscribe(tag);
        receiver.mode = WebhookReceiver.Mode.GONE;
        String id = published(context, publisher, "BUY_REQUEST", "Dead " + tag, "0901", true);

        Awaitility.await().atMost(WAIT).until(() -> JsonPath.<Integer>read(mvc.perform(
                get("/api/opportunities/subscriptions/{id}/dead-letters", subscription[0])
                        .with(token("CL", agency, "AGENCY_CLIENT"))).andReturn().getResponse().getContentAsString(),
                "$.totalItems") == 1);
        String dead = mvc.perform(get("/api/opportunities/subscriptions/{id}/dead-letters", subscription[0])
                        .with(token("CL", agency, "AGENCY_CLIENT")))
                .andExpect(jsonPath("$.items[0].log[0].status").value(410))
                .andReturn().getResponse().getContentAsString();
        String deliveryId = JsonPath.read(dead, "$.items[0].id");
        assertThat(receiver.about(id)).isEmpty();

        receiver.mode = WebhookReceiver.Mode.UP;
        mvc.perform(post("/api/opportunities/subscriptions/{id}/dead-letters/{d}/replay", subscription[0], deliveryId)
                        .with(token("CL", unique("org-cl-other"), "AGENCY_CLIENT")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/opportunities/subscriptions/{id}/dead-letters/{d}/replay", subscription[0], deliveryId)
                        .with(token("CL", agency, "AGENCY_CLIENT")))
                .andExpect(status().isOk());
        Awaitility.await().atMost(WAIT).until(() -> receiver.about(id).size() == 1);
        new Webhook(subscription[1]).verify(receiver.about(id).get(0).body(), receiver.about(id).get(0).headers());
        mvc.perform(post("/api/opportunities/subscriptions/{id}/dead-letters/{d}/replay", subscription[0], deliveryId)
                        .with(token("CL", agency, "AGENCY_CLIENT")))
                .andExpect(status().isConflict());
    }

    @Test
    void afterARotationBothSecretsVerifyTheDeliveries() throws Exception {
        String tag = unique("kw");
        String[] subscription = subscribe(tag);
        String rotated = mvc.perform(post("/api/opportunities/subscriptions/{id}/secret-rotation", subscription[0])
                        .with(token("CL", agency, "AGENCY_CLIENT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String newSecret = JsonPath.read(rotated, "$.secret");
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(subscription[1]);
        String id = published(context, publisher, "BUY_REQUEST", "Rotated " + tag, "0901", true);

        Awaitility.await().atMost(WAIT).until(() -> receiver.about(id).size() == 1);
        var delivery = receiver.about(id).get(0);
        assertThat(delivery.headers().get("Webhook-signature").get(0).split(" ")).hasSize(2);
        new Webhook(newSecret).verify(delivery.body(), delivery.headers());
        new Webhook(subscription[1]).verify(delivery.body(), delivery.headers());
    }

    @Test
    void aDeliveryStoredBeforeARestartIsSentAfterIt() throws Exception {
        String[] subscription = subscribe(unique("kw"));
        // what a crashed node leaves behind: a pending delivery with an expired claim and no wake-up
        String eventId = java.util.UUID.randomUUID().toString();
        String body = "{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"subject\":\"left-over\"}";
        context.getBean(DeliveryStore.class).enqueue(new Delivery(Delivery.idOf(subscription[0], eventId),
                subscription[0], "CL", agency, eventId, 0, "t", body, Delivery.Status.PENDING, 0,
                java.time.Instant.now(), java.time.Instant.now().minusSeconds(5), java.time.Instant.now(), null, List.of()));

        Awaitility.await().atMost(WAIT).until(() -> receiver.about("left-over").size() == 1);
        assertThat(receiver.about("left-over").get(0).id()).isEqualTo(eventId);
        new Webhook(subscription[1]).verify(receiver.about("left-over").get(0).body(),
                receiver.about("left-over").get(0).headers());
    }

    @Test
    void aTargetThatRefusesTheHandshakeIsNotSubscribed() throws Exception {
        receiver.allowHandshake = false;
        long before = mongo.count(new Query(), "subscriptions");
        mvc.perform(post("/api/opportunities/subscriptions").with(token("CL", agency, "AGENCY_CLIENT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"WEBHOOK\",\"webhookUrl\":\"" + receiver.url() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://smenet.org/problems/webhook-handshake-failed"))
                .andExpect(jsonPath("$.field").value("webhookUrl"));
        assertThat(mongo.count(new Query(), "subscriptions")).isEqualTo(before);
    }
}
