package org.smenet.opportunities.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.opportunities.OpportunitiesTestSupport.designated;
import static org.smenet.opportunities.OpportunitiesTestSupport.opportunityJson;
import static org.smenet.opportunities.OpportunitiesTestSupport.unique;
import static org.smenet.testsupport.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.opportunities.PublicOpportunity;
import org.smenet.contracts.opportunities.PublisherKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.smenet.contracts.opportunities.OpportunityKind;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.opportunities.OpportunitiesIntegration;
import org.smenet.opportunities.OpportunitiesTestSupport;
import org.smenet.opportunities.app.InterestRequest;
import org.smenet.opportunities.app.InterestService;
import org.smenet.opportunities.app.OpportunityRequest;
import org.smenet.opportunities.app.OpportunityService;
import org.smenet.opportunities.app.SubscriptionRequest;
import org.smenet.opportunities.app.SubscriptionService;
import org.smenet.opportunities.delivery.Delivery;
import org.smenet.opportunities.delivery.DeliveryStore;
import org.smenet.opportunities.delivery.WebhookReceiver;
import org.smenet.opportunities.domain.Subscription;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every kind of actor, written from the rules, with the exact status expected. The node
 * hosts CL (where the fixtures live) and PE; VN is another node's economy. A focal point's power comes
 * from its designation: every function, trade development only, none, revoked. The agency client is an
 * undesignated machine client (roles AGENCY_CLIENT and FOCAL_POINT) that owns the fixture subscription.
 * Fails when an endpoint exists that the matrix does not list.
 */
@OpportunitiesIntegration
class AuthorizationMatrixTest {

    static final String FP = "org-cl-fp-matrix";
    static final String FP_TRADE = "org-cl-fp-trade";
    static final String FP_REVOKED = "org-cl-fp-revoked";
    static final String FP_PE = "org-pe-fp-matrix";
    static final String AGENCY = "org-cl-agency-matrix";
    static final String INTERESTED = "org-pe-interested";

    /** The actors, in the order of every row's statuses. {@code null} org: the fixture opportunity's publisher. */
    enum Who {
        PUBLISHER("CL", null, Role.SME),
        SME("CL", "org-cl-sme-other", Role.SME),
        FOCAL_POINT("CL", FP, Role.FOCAL_POINT),
        FOCAL_POINT_TRADE_ONLY("CL", FP_TRADE, Role.FOCAL_POINT),
        AGENCY_CLIENT("CL", AGENCY, Role.AGENCY_CLIENT, Role.FOCAL_POINT),
        FOCAL_POINT_UNDESIGNATED("CL", "org-cl-fp-nobody", Role.FOCAL_POINT),
        FOCAL_POINT_REVOKED("CL", FP_REVOKED, Role.FOCAL_POINT),
        INTERESTED_SME_OF_PE("PE", INTERESTED, Role.SME),
        SME_OF_PE("PE", "org-pe-sme-1", Role.SME),
        FOCAL_POINT_OF_PE("PE", FP_PE, Role.FOCAL_POINT),
        SME_OF_VN("VN", "org-vn-sme-1", Role.SME),
        FOCAL_POINT_OF_VN("VN", "org-vn-fp-1", Role.FOCAL_POINT);

        final String economy;
        final String org;
        final Role[] roles;

        Who(String economy, String org, Role... roles) {
            this.economy = economy;
            this.org = org;
            this.roles = roles;
        }
    }

    /** Expected statuses in {@link Who} order, then without a token. */
    record Row(String method, String path, int[] expected, int withoutToken) {
        Row(String method, String path, String statuses) {
            this(method, path, Stream.of(statuses.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray(), 401);
        }

        Row publicToo() {
            return new Row(method, path, expected, 200);
        }
    }

    static String all(int status) {
        return (status + " ").repeat(Who.values().length);
    }

    static final String O = "/api/opportunities/opportunities";
    static final String I = "/api/opportunities/interests";
    static final String S = "/api/opportunities/subscriptions";
    static final String N = "/api/opportunities/network-opportunities";
    static final String A = "/api/opportunities/interests-abroad";

    //                                   CL: pub sme fp  trd agcy und rev | PE: int sme fp | VN: sme fp
    static final List<Row> MATRIX = List.of(
            new Row("POST", O, "201 201 201 201 403 403 403 201 201 201 403 403"),
            new Row("GET", O, all(200)),
            // a submitted opportunity: only its publisher and its economy's focal points see it
            new Row("GET", O + "/{id}", "200 404 200 200 404 404 404 404 404 404 404 404"),
            // a draft: only its publisher changes or submits it
            new Row("PUT", O + "/{id}", "200 403 403 403 403 403 403 403 403 403 403 403"),
            new Row("POST", O + "/{id}/submission", "200 403 403 403 403 403 403 403 403 403 403 403"),
            // a submitted one: reviewed by a designated trade-development focal point of CL; other economies
            // do not learn that it exists
            new Row("POST", O + "/{id}/publication", "403 403 200 200 403 403 403 404 404 404 403 403"),
            new Row("POST", O + "/{id}/rejection", "403 403 200 200 403 403 403 404 404 404 403 403"),
            // a published (closure) and a closed (archival) one: the publisher or a reviewer
            new Row("POST", O + "/{id}/closure", "200 403 200 200 403 403 403 403 403 403 403 403"),
            new Row("POST", O + "/{id}/archival", "200 403 200 200 403 403 403 403 403 403 403 403"),
            // a published network-visible one: any SME but its publisher expresses interest
            new Row("POST", O + "/{id}/interests", "403 201 403 403 403 403 403 201 201 403 403 403"),
            new Row("GET", O + "/{id}/interests", "200 403 200 200 403 403 403 403 403 403 403 403"),
            // an open interest of the PE SME: it, the publisher and CL's focal points see it; an
            // enterprise-cooperation focal point introduces it
            // the interests each actor expressed: its own, an empty page for those who expressed none
            new Row("GET", I, all(200)),
            new Row("GET", I + "/{id}", "200 404 200 200 404 404 404 200 404 404 404 404"),
            new Row("POST", I + "/{id}/introduction", "403 403 200 403 403 403 403 403 404 404 403 403"),
            // an introduced interest: the publisher answers
            new Row("POST", I + "/{id}/acceptance", "200 403 403 403 403 403 403 403 404 404 403 403"),
            new Row("POST", I + "/{id}/declination", "200 403 403 403 403 403 403 403 404 404 403 403"),
            // subscriptions: by role; a subscription (the agency's) is seen and changed by its owner only
            new Row("POST", S, "201 201 201 201 201 201 201 201 201 201 403 403"),
            new Row("GET", S, all(200)),
            new Row("GET", S + "/{id}", "404 404 404 404 200 404 404 404 404 404 404 404"),
            new Row("DELETE", S + "/{id}", "404 404 404 404 204 404 404 404 404 404 403 403"),
            new Row("POST", S + "/{id}/secret-rotation", "404 404 404 404 200 404 404 404 404 404 403 403"),
            new Row("GET", S + "/{id}/deliveries", "404 404 404 404 200 404 404 404 404 404 404 404"),
            new Row("GET", S + "/{id}/dead-letters", "404 404 404 404 200 404 404 404 404 404 404 404"),
            new Row("POST", S + "/{id}/dead-letters/{deliveryId}/replay",
                    "404 404 404 404 200 404 404 404 404 404 403 403"),
            new Row("GET", S + "/{id}/feed.atom", "404 404 404 404 200 404 404 404 404 404 404 404"),
            new Row("GET", S + "/{id}/stream", "404 404 404 404 200 404 404 404 404 404 404 404"),
            // other economies' opportunities (a VN one here): read by any token
            new Row("GET", N, all(200)),
            new Row("GET", N + "/{id}", all(200)),
            // a PE SME's interest in that VN opportunity: it and PE's focal points see it
            new Row("GET", A, all(200)),
            new Row("GET", A + "/{id}", "404 404 404 404 404 404 404 200 404 200 404 404"),
            new Row("GET", "/api/opportunities/feed", all(200)),
            new Row("GET", "/api/opportunities/stream", all(200)),
            // the public Atom feed: anyone, even without a token
            new Row("GET", "/api/opportunities/feed.atom", all(200)).publicToo(),
            // the kit's operator view of parked outbox events: none of these actors is an operator or admin
            new Row("GET", "/api/opportunities/operator/outbox/parked", all(403)),
            new Row("POST", "/api/opportunities/operator/outbox/parked/{id}/retry", all(403)),
            new Row("DELETE", "/api/opportunities/operator/outbox/parked/{id}", all(403)));

    static WebhookReceiver receiver;

    @Autowired
    WebApplicationContext context;
    @Autowired
    OpportunityService opportunities;
    @Autowired
    InterestService interests;
    @Autowired
    SubscriptionService subscriptions;
    @Autowired
    DeliveryStore deliveries;
    @Autowired
    org.smenet.opportunities.store.NetworkOpportunities network;
    @Autowired
    org.smenet.opportunities.app.CrossBorderInterests crossBorder;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    MockMvc mvc;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void setUp() {
        mvc = OpportunitiesTestSupport.mockMvc(context);
        designated(context, "CL", FP);
        designated(context, "CL", FP_TRADE, FocalPointFunction.TRADE_DEVELOPMENT);
        designated(context, "PE", FP_PE);
        OpportunitiesTestSupport.revoked(context, "CL", FP_REVOKED);
    }

    @Test
    void everyEndpointIsInTheMatrix() {
        Set<String> served = org.smenet.testsupport.ServedEndpoints.api(mappings);
        Set<String> listed = new TreeSet<>();
        MATRIX.forEach(row -> listed.add(row.method() + " " + row.path()));
        assertThat(listed).isEqualTo(served);
    }

    @Test
    void everyRowHasAStatusForEveryActor() {
        assertThat(MATRIX).allSatisfy(row -> assertThat(row.expected()).as(row.path()).hasSize(Who.values().length));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointTimesEveryActor() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : MATRIX) {
            for (Who who : Who.values()) {
                int expected = row.expected()[who.ordinal()];
                tests.add(DynamicTest.dynamicTest(row.method() + " " + row.path() + " as " + who + " → " + expected,
                        () -> assertStatus(row, who, expected)));
            }
            tests.add(DynamicTest.dynamicTest(row.method() + " " + row.path() + " without a token → "
                    + row.withoutToken(), () -> assertStatus(row, null, row.withoutToken())));
        }
        return tests.stream();
    }

    private void assertStatus(Row row, Who who, int expected) throws Exception {
        Fixture f = fixture(row);
        String path = row.path().replace("{deliveryId}", String.valueOf(f.deliveryId()))
                .replace("{id}", f.idFor(row.path()));
        MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(row.method()), path)
                .contentType(MediaType.APPLICATION_JSON).content(body(row));
        if (row.method().equals("PUT")) {
            call.header("If-Match", "\"1\"");
        }
        if (who != null) {
            String org = who.org == null ? f.publisher() : who.org;
            call.with(token(who.economy, org, Stream.of(who.roles).map(Role::name).toArray(String[]::new)));
        }
        int status = mvc.perform(call).andReturn().getResponse().getStatus();
        assertThat(status).as("%s %s as %s", row.method(), row.path(), who).isEqualTo(expected);
    }

    record Fixture(String publisher, String opportunityId, String interestId, String subscriptionId, String deliveryId) {
        String idFor(String path) {
            String id = path.startsWith(I) ? interestId : path.startsWith(S) ? subscriptionId : opportunityId;
            return id == null ? "none" : id;
        }
    }

    private Fixture fixture(Row row) throws Exception {
        String path = row.path();
        String publisherOrg = unique("org-cl-publisher");
        Actor publisher = new Actor("t", "CL", publisherOrg, Set.of(Role.SME));
        Actor focal = new Actor("t", "CL", FP, Set.of(Role.FOCAL_POINT));
        if (path.startsWith(S) && path.contains("{id}")) {
            Actor agency = new Actor("t", "CL", AGENCY, Set.of(Role.AGENCY_CLIENT, Role.FOCAL_POINT));
            var s = subscriptions.subscribe(agency, new SubscriptionRequest(Subscription.Channel.WEBHOOK,
                    receiver.url(), List.of(OpportunityKind.TENDER), null, null, null, null, null)).subscription();
            String deliveryId = Delivery.idOf(s.id(), unique("evt"));
            deliveries.enqueue(new Delivery(deliveryId, s.id(), "CL", AGENCY, deliveryId, 0, "t", "{}",
                    Delivery.Status.DEAD, 8, Instant.now(), null, Instant.now(), null, List.of()));
            return new Fixture(publisherOrg, null, null, s.id(), deliveryId);
        }
        if (!path.contains("{id}")) {
            return new Fixture(publisherOrg, null, null, null, null);
        }
        if (path.startsWith(N) || path.startsWith(A)) {
            String vnId = unique("vn-opportunity");
            network.listed(new PublicOpportunity(vnId, "VN", OpportunityKind.BUY_REQUEST,
                    opportunityRequest(true).toDetails(), PublisherKind.ENTERPRISE, Instant.now()), 1,
                    "VN." + OpportunitiesEvents.PUBLIC_OPPORTUNITY_TOPIC);
            String abroadId = path.startsWith(A) ? crossBorder.request(new Actor("t", "PE", INTERESTED,
                    Set.of(Role.SME)), vnId, new InterestRequest("We buy", null)).id() : null;
            return new Fixture(publisherOrg, vnId, abroadId, null, null);
        }
        boolean networkVisible = path.contains("interests") || path.endsWith("/closure");
        String id = opportunities.draft(publisher, opportunityRequest(networkVisible)).id();
        if (row.method().equals("PUT") || path.endsWith("/submission")) {
            return new Fixture(publisherOrg, id, null, null, null);
        }
        opportunities.submit(publisher, id);
        if (path.equals(O + "/{id}") || path.endsWith("/publication") || path.endsWith("/rejection")) {
            return new Fixture(publisherOrg, id, null, null, null);
        }
        opportunities.publish(focal, id);
        if (path.endsWith("/archival")) {
            opportunities.close(publisher, id);
        }
        String interestId = null;
        if (path.startsWith(I) || path.equals(O + "/{id}/interests") && row.method().equals("GET")) {
            Actor interested = new Actor("t", "PE", INTERESTED, Set.of(Role.SME));
            interestId = interests.express(interested, id, new InterestRequest("We buy", null)).id();
            if (path.endsWith("/acceptance") || path.endsWith("/declination")) {
                interests.introduce(focal, interestId);
            }
        }
        return new Fixture(publisherOrg, id, interestId, null, null);
    }

    private static OpportunityRequest opportunityRequest(boolean networkVisible) {
        return new OpportunityRequest(OpportunityKind.BUY_REQUEST, "Matrix beans", "Green coffee for the matrix",
                List.of("090111"), List.of("1079"), List.of("VN"), null, null, null, null,
                Instant.now().plus(Duration.ofDays(60)), List.of("es"), networkVisible,
                new OpportunityRequest.ContactRequest("Desk", "desk@matrix.example", null));
    }

    private static String body(Row row) {
        String path = row.path();
        if (path.equals(O) || path.equals(O + "/{id}")) {
            return opportunityJson("BUY_REQUEST", "Matrix beans", false);
        }
        if (path.endsWith("/interests")) {
            return "{\"message\":\"We are interested\"}";
        }
        if (path.endsWith("/rejection")) {
            return "{\"reason\":\"incomplete\"}";
        }
        if (path.equals(S)) {
            return "{\"channel\":\"FEED\",\"kinds\":[\"TENDER\"]}";
        }
        return "{}";
    }
}
