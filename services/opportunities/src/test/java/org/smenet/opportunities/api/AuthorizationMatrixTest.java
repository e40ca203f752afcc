package org.smenet.opportunities.api;

import static org.smenet.opportunities.OpportunitiesTestSupport.designated;
import static org.smenet.opportunities.OpportunitiesTestSupport.opportunityJson;
import static org.smenet.opportunities.OpportunitiesTestSupport.unique;
import static org.smenet.testsupport.authz.AuthorizationMatrix.all;
import static org.smenet.testsupport.authz.AuthorizationMatrix.caller;
import static org.smenet.testsupport.authz.AuthorizationMatrix.row;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.smenet.contracts.opportunities.OpportunitiesEvents;
import org.smenet.contracts.opportunities.PublicOpportunity;
import org.smenet.contracts.opportunities.PublisherKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.smenet.testsupport.ServedEndpoints;
import org.smenet.testsupport.authz.AuthorizationMatrix;
import org.smenet.testsupport.authz.AuthorizationMatrix.Row;
import org.springframework.beans.factory.annotation.Autowired;
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
class AuthorizationMatrixTest implements AuthorizationMatrix.Fixtures<AuthorizationMatrixTest.Fixture> {

    static final String FP = "org-cl-fp-matrix";
    static final String FP_TRADE = "org-cl-fp-trade";
    static final String FP_REVOKED = "org-cl-fp-revoked";
    static final String FP_PE = "org-pe-fp-matrix";
    static final String AGENCY = "org-cl-agency-matrix";
    static final String INTERESTED = "org-pe-interested";

    static final String O = "/api/opportunities/opportunities";
    static final String I = "/api/opportunities/interests";
    static final String S = "/api/opportunities/subscriptions";
    static final String N = "/api/opportunities/network-opportunities";
    static final String A = "/api/opportunities/interests-abroad";

    static final AuthorizationMatrix<Fixture> MATRIX = AuthorizationMatrix.of(List.of(
            caller("PUBLISHER", "CL", Fixture::publisher, Role.SME),
            caller("SME", "CL", "org-cl-sme-other", Role.SME),
            caller("FOCAL_POINT", "CL", FP, Role.FOCAL_POINT),
            caller("FOCAL_POINT_TRADE_ONLY", "CL", FP_TRADE, Role.FOCAL_POINT),
            caller("AGENCY_CLIENT", "CL", AGENCY, Role.AGENCY_CLIENT, Role.FOCAL_POINT),
            caller("FOCAL_POINT_UNDESIGNATED", "CL", "org-cl-fp-nobody", Role.FOCAL_POINT),
            caller("FOCAL_POINT_REVOKED", "CL", FP_REVOKED, Role.FOCAL_POINT),
            caller("INTERESTED_SME_OF_PE", "PE", INTERESTED, Role.SME),
            caller("SME_OF_PE", "PE", "org-pe-sme-1", Role.SME),
            caller("FOCAL_POINT_OF_PE", "PE", FP_PE, Role.FOCAL_POINT),
            caller("SME_OF_VN", "VN", "org-vn-sme-1", Role.SME),
            caller("FOCAL_POINT_OF_VN", "VN", "org-vn-fp-1", Role.FOCAL_POINT)),
            //                   CL: pub sme fp  trd agcy und rev | PE: int sme fp | VN: sme fp
            row("POST", O, "201 201 201 201 403 403 403 201 201 201 403 403"),
            row("GET", O, all(200)),
            // a submitted opportunity: only its publisher and its economy's focal points see it
            row("GET", O + "/{id}", "200 404 200 200 404 404 404 404 404 404 404 404"),
            // a draft: only its publisher changes or submits it
            row("PUT", O + "/{id}", "200 403 403 403 403 403 403 403 403 403 403 403"),
            row("POST", O + "/{id}/submission", "200 403 403 403 403 403 403 403 403 403 403 403"),
            // a draft is discarded (a tombstone) by its publisher only, as every change to a draft
            row("DELETE", O + "/{id}", "200 403 403 403 403 403 403 403 403 403 403 403"),
            // a submitted one is withdrawn by its publisher only (a focal point rejects it instead)
            row("POST", O + "/{id}/withdrawal", "200 403 403 403 403 403 403 403 403 403 403 403"),
            // a submitted one: reviewed by a designated trade-development focal point of CL; other economies
            // do not learn that it exists
            row("POST", O + "/{id}/publication", "403 403 200 200 403 403 403 404 404 404 403 403"),
            row("POST", O + "/{id}/rejection", "403 403 200 200 403 403 403 404 404 404 403 403"),
            // a published (closure) and a closed (archival) one: the publisher or a reviewer
            row("POST", O + "/{id}/closure", "200 403 200 200 403 403 403 403 403 403 403 403"),
            row("POST", O + "/{id}/archival", "200 403 200 200 403 403 403 403 403 403 403 403"),
            // a published network-visible one: any SME but its publisher expresses interest
            row("POST", O + "/{id}/interests", "403 201 403 403 403 403 403 201 201 403 403 403"),
            row("GET", O + "/{id}/interests", "200 403 200 200 403 403 403 403 403 403 403 403"),
            // an open interest of the PE SME: it, the publisher and CL's focal points see it; an
            // enterprise-cooperation focal point introduces it
            // the interests each caller expressed: its own, an empty page for those who expressed none
            row("GET", I, all(200)),
            row("GET", I + "/{id}", "200 404 200 200 404 404 404 200 404 404 404 404"),
            row("POST", I + "/{id}/introduction", "403 403 200 403 403 403 403 403 404 404 403 403"),
            // an introduced interest: the publisher answers
            row("POST", I + "/{id}/acceptance", "200 403 403 403 403 403 403 403 404 404 403 403"),
            row("POST", I + "/{id}/declination", "200 403 403 403 403 403 403 403 404 404 403 403"),
            // subscriptions: by role; a subscription (the agency's) is seen and changed by its owner only
            row("POST", S, "201 201 201 201 201 201 201 201 201 201 403 403"),
            row("GET", S, all(200)),
            row("GET", S + "/{id}", "404 404 404 404 200 404 404 404 404 404 404 404"),
            row("DELETE", S + "/{id}", "404 404 404 404 204 404 404 404 404 404 403 403"),
            row("POST", S + "/{id}/secret-rotation", "404 404 404 404 200 404 404 404 404 404 403 403"),
            row("GET", S + "/{id}/deliveries", "404 404 404 404 200 404 404 404 404 404 404 404"),
            row("GET", S + "/{id}/dead-letters", "404 404 404 404 200 404 404 404 404 404 404 404"),
            row("POST", S + "/{id}/dead-letters/{deliveryId}/replay",
                    "404 404 404 404 200 404 404 404 404 404 403 403"),
            row("GET", S + "/{id}/feed.atom", "404 404 404 404 200 404 404 404 404 404 404 404"),
            row("GET", S + "/{id}/stream", "404 404 404 404 200 404 404 404 404 404 404 404"),
            // other economies' opportunities (a VN one here): read by any token
            row("GET", N, all(200)),
            row("GET", N + "/{id}", all(200)),
            // a PE SME's interest in that VN opportunity: it and PE's focal points see it
            row("GET", A, all(200)),
            row("GET", A + "/{id}", "404 404 404 404 404 404 404 200 404 200 404 404"),
            // withdrawn by that SME only: PE's focal points see it but do not speak for the enterprise; VN is
            // not hosted here
            row("POST", A + "/{id}/withdrawal", "404 404 404 404 404 404 404 200 404 403 403 403"),
            row("GET", "/api/opportunities/feed", all(200)),
            row("GET", "/api/opportunities/stream", all(200)),
            // the public Atom feed: anyone, even without a token
            row("GET", "/api/opportunities/feed.atom", all(200)).withoutToken(200),
            // the kit's operator view of parked outbox events: none of these actors is an operator or admin
            row("GET", "/api/opportunities/operator/outbox/parked", all(403)),
            row("GET", "/api/opportunities/operator/status", all(403)),
            row("POST", "/api/opportunities/operator/outbox/parked/{id}/retry", all(403)),
            row("DELETE", "/api/opportunities/operator/outbox/parked/{id}", all(403)),
            // the kit's parked dead-letter records: an operator's or an economy admin's (none of these callers)
            row("GET", "/api/opportunities/operator/parked", all(403)),
            row("POST", "/api/opportunities/operator/parked/{topic}/{partition}/{offset}/retry", all(403)),
            row("POST", "/api/opportunities/operator/parked/{topic}/{partition}/{offset}/discard", all(403)));

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
        MATRIX.assertListsExactly(ServedEndpoints.api(mappings));
    }

    @Test
    void everyEndpointTimesEveryActor() {
        MATRIX.verify(mvc, this);
    }

    @Override
    public String path(Row row, Fixture f) {
        return row.path().replace("{topic}", "smenet.none.v1.DLT").replace("{partition}", "0")
                .replace("{offset}", "0").replace("{deliveryId}", String.valueOf(f.deliveryId())).replace("{id}", f.idFor(row.path()));
    }

    @Override
    public void prepare(Row row, Fixture f, MockHttpServletRequestBuilder call) {
        if (row.method().equals("PUT")) {
            call.header("If-Match", "\"1\"");
        }
    }

    record Fixture(String publisher, String opportunityId, String interestId, String subscriptionId, String deliveryId) {
        String idFor(String path) {
            String id = path.startsWith(I) ? interestId : path.startsWith(S) ? subscriptionId : opportunityId;
            return id == null ? "none" : id;
        }
    }

    /** Fresh fixtures for every cell, so one cell's change never decides another's status. */
    @Override
    public Fixture fixture(Row row) throws Exception {
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
        if (row.method().equals("PUT") || row.method().equals("DELETE") || path.endsWith("/submission")) {
            return new Fixture(publisherOrg, id, null, null, null);
        }
        opportunities.submit(publisher, id);
        if (path.equals(O + "/{id}") || path.endsWith("/publication") || path.endsWith("/rejection")
                || path.endsWith("/withdrawal")) {
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

    @Override
    public String body(Row row, Fixture f) {
        String path = row.path();
        if (path.equals(O) || path.equals(O + "/{id}") && !row.method().equals("DELETE")) {
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
