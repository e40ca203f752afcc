package org.smenet.opportunities.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.opportunities.OpportunitiesTestSupport.designated;
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
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.opportunities.OpportunitiesApplication;
import org.smenet.opportunities.OpportunitiesTestSupport;
import org.smenet.opportunities.delivery.WebhookReceiver;
import org.smenet.opportunities.store.NetworkOpportunities;
import org.smenet.testsupport.Federation;
import org.smenet.testsupport.TopicRecords;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Two economies' nodes in one JVM, as issue 11 asks: CL and VN each with its own Kafka broker, its own document
 * store, its own signing key and its own opportunities service, and MirrorMaker 2 copying each one's public
 * topics to the other; each node pins the other's public key and verifies every mirrored record. Nothing else
 * connects them. An opportunity posted in CL reaches VN's feed and a VN agency's webhook; a VN SME's
 * interest in it reaches the CL publisher; the publisher's answer comes back to the VN SME.
 */
class TwoNodeFederationTest {

    static final Duration CROSSING = Duration.ofSeconds(90);

    static Federation network;
    static ConfigurableApplicationContext cl;
    static ConfigurableApplicationContext vn;

    @BeforeAll
    static void startTwoNodes() {
        network = Federation.start("CL", "VN");
        cl = node("CL");
        vn = node("VN");
    }

    @AfterAll
    static void stopTwoNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {vn, cl}) {
            if (node != null) {
                node.close();
            }
        }
        if (network != null) {
            network.close();
        }
    }

    /**
     * One economy's opportunities service: that economy's broker, its own store, its own signing key and its
     * peers' pinned keys (the fixture's {@code nodeProperties}).
     */
    static ConfigurableApplicationContext node(String economy) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>(network.nodeProperties(economy));
        properties.putAll(Map.ofEntries(
                Map.entry("server.port", "0"),
                Map.entry("spring.main.banner-mode", "off"),
                Map.entry("smenet.outbox.poll-interval", "100ms"),
                Map.entry("smenet.kafka.initial-back-off", "50ms"),
                Map.entry("smenet.kafka.retries", "2"),
                Map.entry("smenet.opportunities.expiry-interval", "1h"),
                Map.entry("smenet.opportunities.webhooks.allow-insecure-local", "true"),
                Map.entry("smenet.opportunities.webhooks.initial-back-off", "50ms"),
                Map.entry("smenet.opportunities.webhooks.poll-interval", "50ms")));
        // as command-line arguments: above the kit's defaults, as a real node's environment would be
        return new SpringApplicationBuilder(OpportunitiesApplication.class).run(properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
    }

    static MockMvc mvc(ConfigurableApplicationContext node) {
        return OpportunitiesTestSupport.mockMvc((WebApplicationContext) node);
    }

    @Test
    void anOpportunityPostedInChileReachesVietNamsFeedAndWebhookAndAVietnameseSmesInterestReachesThePublisher()
            throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            // a Vietnamese agency subscribes on its own node to buy requests under HS chapter 09
            String agency = unique("org-vn-agency");
            String subscription = mvc(vn).perform(post("/api/opportunities/subscriptions")
                            .with(token("VN", agency, "AGENCY_CLIENT")).contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"channel":"WEBHOOK","webhookUrl":"%s","kinds":["BUY_REQUEST"],"hsPrefixes":["09"]}"""
                                    .formatted(receiver.url())))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            String secret = JsonPath.read(subscription, "$.secret");

            // a Chilean firm's buy request, reviewed and published on Chile's node
            String publisher = unique("org-cl-sme");
            String title = unique("Green arabica");
            String opportunityId = OpportunitiesTestSupport.published(cl, publisher, "BUY_REQUEST", title, "090111",
                    true);

            // it crosses to Viet Nam's broker as CL.smenet.public.opportunities.opportunity.v1 …
            TopicRecords.awaitRecords(network.bootstrap("VN"),
                    Federation.mirrored("CL", OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC),
                    r -> opportunityId.equals(r.key()), 1);
            // … reaches the agency's webhook, signed as Standard Webhooks prescribes …
            Awaitility.await().atMost(CROSSING).until(() -> receiver.about(opportunityId).size() == 1);
            var delivery = receiver.about(opportunityId).get(0);
            new Webhook(secret).verify(delivery.body(), delivery.headers());
            assertThat((String) JsonPath.read(delivery.body(), "$.economy")).isEqualTo("CL");
            assertThat(delivery.body()).doesNotContain("ana@x.example");
            // … Viet Nam's feed and its network opportunities
            String feed = mvc(vn).perform(get("/api/opportunities/feed").param("size", "100")
                            .with(token("VN", agency, "AGENCY_CLIENT")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<List<String>>read(feed, "$.items[*].subject")).contains(opportunityId);
            Awaitility.await().atMost(CROSSING).until(() ->
                    vn.getBean(NetworkOpportunities.class).find(opportunityId).isPresent());
            mvc(vn).perform(get("/api/opportunities/network-opportunities/{id}", opportunityId)
                            .with(token("VN", "org-vn-reader", "SME")))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.details.title").value(title));

            // a Vietnamese SME expresses interest on its own node
            String vnSme = unique("org-vn-sme");
            String body = mvc(vn).perform(post("/api/opportunities/opportunities/{id}/interests", opportunityId)
                            .with(token("VN", vnSme, "SME")).contentType(MediaType.APPLICATION_JSON).content("""
                                    {"message":"We supply washed arabica from Lam Dong.",
                                     "contact":{"name":"Nguyen Lan","email":"lan@lamdong.vn.example"}}"""))
                    .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("REQUESTED"))
                    .andReturn().getResponse().getContentAsString();
            String requestId = JsonPath.read(body, "$.id");

            // the Chilean publisher sees it on Chile's node, without the SME's contact
            MockMvc clMvc = mvc(cl);
            Awaitility.await().atMost(CROSSING).untilAsserted(() -> clMvc.perform(
                            get("/api/opportunities/opportunities/{id}/interests", opportunityId)
                                    .with(token("CL", publisher, "SME")))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1)));
            String interests = clMvc.perform(get("/api/opportunities/opportunities/{id}/interests", opportunityId)
                    .with(token("CL", publisher, "SME"))).andReturn().getResponse().getContentAsString();
            assertThat((String) JsonPath.read(interests, "$.items[0].interestedEconomy")).isEqualTo("VN");
            assertThat((String) JsonPath.read(interests, "$.items[0].interestedOrg")).isEqualTo(vnSme);
            assertThat(interests).doesNotContain("lan@lamdong");
            String interestId = JsonPath.read(interests, "$.items[0].id");

            // Viet Nam learns it is open; a Chilean focal point introduces, the publisher accepts
            MockMvc vnMvc = mvc(vn);
            Awaitility.await().atMost(CROSSING).untilAsserted(() -> vnMvc.perform(
                            get("/api/opportunities/interests-abroad/{id}", requestId).with(token("VN", vnSme, "SME")))
                    .andExpect(jsonPath("$.status").value("OPEN")).andExpect(jsonPath("$.interestId").value(interestId)));
            String coop = designated(cl, "CL", unique("org-cl-fp-coop"), FocalPointFunction.ENTERPRISE_COOPERATION);
            clMvc.perform(post("/api/opportunities/interests/{id}/introduction", interestId)
                    .with(token("CL", coop, "FOCAL_POINT"))).andExpect(status().isOk());
            clMvc.perform(post("/api/opportunities/interests/{id}/acceptance", interestId)
                    .with(token("CL", publisher, "SME"))).andExpect(status().isOk());
            Awaitility.await().atMost(CROSSING).untilAsserted(() -> vnMvc.perform(
                            get("/api/opportunities/interests-abroad/{id}", requestId).with(token("VN", vnSme, "SME")))
                    .andExpect(jsonPath("$.status").value("ACCEPTED"))
                    .andExpect(jsonPath("$.publisherOrg").value(publisher))
                    .andExpect(jsonPath("$.introducedBy").value(coop)));
        }
    }
}
