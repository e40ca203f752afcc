package org.smenet.portal;

/** What the services answer in the portal's tests: shaped like their views (see the api packages of the services). */
final class PortalFixtures {

    static final String OWN_ENTERPRISE = "ent-cl-1";
    static final String PARTNER = "ent-vn-7";
    static final String MATCH = "match-1";
    static final String CERTIFICATE = "cert-42";

    static final String CONSULTATION = """
            {"id":"cons-1","version":1,"economy":"CL","openingOrg":"org-cl-fp-1","title":"Single window for exporters",
             "summary":"How should the single window handle certificates of origin?","policyArea":"TRADE_FACILITATION",
             "hsCodes":[],"isicCodes":[],"economiesConcerned":["CL"],
             "sections":[{"number":1,"heading":"Scope","text":"Certificates of origin for agricultural goods."}],
             "questions":[{"id":"q1","kind":"FREE_TEXT","text":"What slows you down?","options":[]},
                          {"id":"q2","kind":"AGREEMENT_SCALE","text":"One window for every permit would help.","options":[]},
                          {"id":"q3","kind":"SINGLE_CHOICE","text":"How do you file today?","options":["On paper","Online"]}],
             "audience":"PUBLIC","opensAt":"2026-11-01T00:00:00Z","closesAt":"2026-12-15T00:00:00Z","status":"OPEN",
             "createdAt":"2026-10-30T00:00:00Z","outcome":null,"publishedAt":null}""";

    private PortalFixtures() {
    }

    // sme pages
    static final String SUBSCRIPTION = "sub-1";
    static final String WEBHOOK_SUBSCRIPTION = "sub-2";
    static final String RECEIVED_INTEREST = "int-1";

    static String opportunity(String id, String status, String title) {
        return """
                {"id":"%s","version":2,"economy":"CL","kind":"SELL_OFFER","status":"%s",
                 "details":{"title":"%s","description":"Washed arabica, 20 t a quarter.",
                 "hsCodes":["0901"],"isicCodes":[],"targetEconomies":["VN"],"cooperationType":"SUPPLY","valueMin":null,
                 "valueMax":null,"currency":null,"deadline":"2027-01-31T00:00:00Z","languages":["en"],"networkVisible":true},
                 "publisherKind":"ENTERPRISE","publisherOrg":"org-cl-sme-1","createdAt":"2026-11-01T00:00:00Z",
                 "publishedAt":null,"rejectionReason":null,"endedAt":null}""".formatted(id, status, title);
    }

    static String interest(String id, String status, String interestedEconomy, boolean contacts) {
        return """
                {"id":"%s","version":3,"opportunityId":"opp-1","economy":"CL","interestedEconomy":"%s",
                 "interestedOrg":"org-x","message":"We import 20 t a year.","status":"%s",
                 "expressedAt":"2026-11-20T10:00:00Z","expiresAt":"2026-12-04T10:00:00Z","answeredAt":null,
                 "interestedContact":%s,"publisherContact":%s}"""
                .formatted(id, interestedEconomy, status,
                        contacts ? "{\"name\":\"Linh\",\"email\":\"linh@mekong.example\",\"phone\":null}" : "null",
                        contacts && status.equals("ACCEPTED") ? "{\"name\":\"Ana\",\"email\":\"ana@cafe.example\",\"phone\":null}" : "null");
    }

    static String subscription(String id, String channel) {
        return """
                {"id":"%s","version":1,"channel":"%s","webhookUrl":%s,
                 "filters":{"kinds":["BUY_REQUEST"],"hsPrefixes":["0901"],"isicPrefixes":[],"originEconomies":["VN"],
                 "targetEconomies":[],"keywords":["coffee"]},"createdAt":"2026-11-10T00:00:00Z","secret":null}"""
                .formatted(id, channel, channel.equals("WEBHOOK") ? "\"https://agency.example/hook\"" : "null");
    }

    /** One listing as the opportunities service streams it (a FeedItemView with a PublicOpportunity). */
    static String listed(String opportunityId, String title) {
        return ("{\"id\":\"evt-%s\",\"type\":\"org.smenet.opportunities.opportunity.listed.v1\",\"subject\":\"%s\","
                + "\"economy\":\"VN\",\"sequence\":1,\"time\":\"2026-11-28T10:00:00Z\",\"dataschema\":null,"
                + "\"data\":{\"opportunityId\":\"%s\",\"economy\":\"VN\",\"kind\":\"BUY_REQUEST\",\"details\":{"
                + "\"title\":\"%s\",\"description\":\"Roasted beans, monthly.\",\"hsCodes\":[\"0901\"],"
                + "\"deadline\":\"2027-02-28T00:00:00Z\",\"networkVisible\":true},\"publisherKind\":\"ENTERPRISE\","
                + "\"publishedAt\":\"2026-11-28T10:00:00Z\"}}").formatted(opportunityId, opportunityId, opportunityId, title);
    }

    static void smeAnswers(StubBackend stub) {
        String own = enterprise(OWN_ENTERPRISE, "CL", "Café Andes SpA", true, false, 3).replace("\"certificates\":[]",
                "\"certificates\":[{\"certificateId\":\"" + CERTIFICATE + "\",\"achievement\":\"Export readiness for food SMEs\","
                        + "\"topic\":\"EXPORT_READINESS\",\"certification\":null,\"issuedAt\":\"2026-11-01T00:00:00Z\","
                        + "\"validUntil\":\"2028-11-01T00:00:00Z\"}]");
        stub.answer("GET /api/registry/enterprises/mine", 200, page(own));
        String published = page(opportunity("opp-1", "PUBLISHED", "Green coffee beans for export"),
                opportunity("opp-2", "DRAFT", "Cold-brew partner wanted"));
        String publicList = page("""
                {"id":"opp-1","version":2,"economy":"CL","kind":"BUY_REQUEST","status":"PUBLISHED",
                 "details":{"title":"Buyer seeks green coffee beans","description":"20 tonnes a quarter, washed arabica.",
                 "hsCodes":["0901"],"isicCodes":[],"targetEconomies":["VN"],"cooperationType":"SUPPLY","valueMin":10000,
                 "valueMax":250000,"currency":"USD","deadline":"2026-12-31T00:00:00Z","languages":["en"],"networkVisible":true},
                 "publisherKind":"FOCAL_POINT","publisherOrg":"org-cl-fp-1","createdAt":"2026-11-01T00:00:00Z",
                 "publishedAt":"2026-11-02T00:00:00Z","rejectionReason":null,"endedAt":null}""");
        stub.answer("GET /api/opportunities/opportunities", seen -> seen.query() != null && seen.query().contains("mine=true")
                ? new StubBackend.Canned(200, published) : FocalFixtures.opportunities(seen, publicList));
        stub.answer("GET /api/opportunities/opportunities/", 200, opportunity("opp-1", "PUBLISHED", "Green coffee beans for export"));
        stub.answer("GET /api/opportunities/opportunities/opp-1/interests", 200,
                page(interest(RECEIVED_INTEREST, "INTRODUCED", "VN", true), interest("int-2", "OPEN", "PE", false)));
        stub.answer("GET /api/opportunities/interests", 200, page(interest("int-9", "ACCEPTED", "CL", true)));
        stub.answer("GET /api/opportunities/interests/", 200, interest(RECEIVED_INTEREST, "INTRODUCED", "VN", true));
        stub.answer("POST /api/opportunities/interests/", seen -> new StubBackend.Canned(200,
                interest(RECEIVED_INTEREST, seen.path().endsWith("/acceptance") ? "ACCEPTED" : "DECLINED", "VN", true)));
        stub.answer("GET /api/opportunities/interests-abroad", 200, page("""
                {"id":"abroad-1","version":1,"opportunityId":"opp-vn-3","opportunityTitle":"Rice husk pellets wanted",
                 "targetEconomy":"VN","economy":"CL","interestedOrg":"org-cl-sme-1","message":"We can ship monthly.",
                 "contact":null,"status":"REQUESTED","requestedAt":"2026-11-25T00:00:00Z","interestId":null,"reason":null,
                 "publisherOrg":null,"introducedBy":null,"answeredAt":null}"""));
        stub.answer("GET /api/training/enrolments", 200, """
                {"items":[{"sessionId":"ses-1","courseId":"course-1","courseTitle":"SPS requirements for fresh fruit exports",
                 "economy":"CL","startsAt":"2026-12-15T13:00:00Z","endsAt":"2026-12-16T17:00:00Z","location":"Talca",
                 "enterpriseId":"ent-cl-1","status":"WAITLISTED","waitlistPosition":2}],"page":0,"size":1,"totalItems":1,"totalPages":1}""");
        stub.answer("GET /api/training/network/enrolments", 200, """
                {"items":[{"courseTitle":"Selling online to Viet Nam","request":{"id":"req-1","version":1,
                 "courseId":"vn-course-3","courseEconomy":"VN","enterpriseId":"ent-cl-1","status":"REJECTED",
                 "sessionId":null,"reason":"session-full","detail":null,"requestedAt":"2026-11-20T00:00:00Z",
                 "answeredAt":"2026-11-20T00:00:02Z"}}],"page":0,"size":1,"totalItems":1,"totalPages":1}""");
        stub.answer("GET /api/opportunities/subscriptions", 200,
                "[" + subscription(SUBSCRIPTION, "FEED") + "," + subscription(WEBHOOK_SUBSCRIPTION, "WEBHOOK") + "]");
        stub.answer("GET /api/opportunities/subscriptions/", seen -> new StubBackend.Canned(200,
                seen.path().contains(WEBHOOK_SUBSCRIPTION) ? subscription(WEBHOOK_SUBSCRIPTION, "WEBHOOK")
                        : subscription(SUBSCRIPTION, "FEED")));
        stub.answer("GET /api/opportunities/subscriptions/" + WEBHOOK_SUBSCRIPTION + "/deliveries", 200, page("""
                {"id":"sub-2:evt-7","eventId":"evt-7","eventType":"org.smenet.opportunities.opportunity.listed.v1",
                 "status":"DELIVERED","attempts":2,"nextAttemptAt":null,"deliveredAt":"2026-11-27T10:00:03Z",
                 "log":[{"at":"2026-11-27T10:00:00Z","status":503,"error":null},{"at":"2026-11-27T10:00:03Z","status":200,"error":null}]}""",
                """
                {"id":"sub-2:evt-8","eventId":"evt-8","eventType":"org.smenet.opportunities.opportunity.listed.v1",
                 "status":"DEAD","attempts":8,"nextAttemptAt":null,"deliveredAt":null,
                 "log":[{"at":"2026-11-27T11:00:00Z","status":null,"error":"connect timed out"}]}"""));
        stub.answer("GET /api/opportunities/subscriptions/" + SUBSCRIPTION + "/feed.atom", 200,
                "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Opportunities for subscription sub-1</title></feed>");
        stub.answer("POST /api/opportunities/subscriptions", seen -> new StubBackend.Canned(201,
                seen.body().contains("WEBHOOK") ? subscription("sub-3", "WEBHOOK").replace("\"secret\":null",
                        "\"secret\":\"whsec_c2VjcmV0LXNob3duLW9uY2UtMTIzNDU2\"") : subscription("sub-3", "FEED")));
        stub.answer("DELETE /api/opportunities/subscriptions/", 204, "");
    }
    // end sme pages

    static String enterprise(String id, String economy, String name, boolean withContact, boolean verified, long version) {
        return """
                {"id":"%s","version":%d,"economy":"%s","economyName":"x","registrationNumber":"76.123.456-7",
                 "status":"%s","profile":{"legalName":"%s","sizeClass":"SMALL","yearFounded":2009,
                 "isicCodes":["0127"],"hsOffered":["0901"],"hsSought":["1701"],"cooperationOffered":["SUPPLY"],
                 "cooperationSought":["DISTRIBUTION"],"targetEconomies":["VN"],"certifications":[],"languages":["es"],
                 "website":"https://cafe.example","publicProfile":true},
                 "contact":%s,"clusters":[],"registeredAt":"2026-11-02T10:00:00Z","verifiedAt":%s,
                 "networkPublic":true,"certificates":[]}"""
                .formatted(id, version, economy, verified ? "VERIFIED" : "REGISTERED", name,
                        withContact ? "{\"name\":\"Ana\",\"email\":\"ana@cafe.example\",\"phone\":null}" : "null",
                        verified ? "\"2026-11-03T10:00:00Z\"" : "null");
    }

    static String page(String... items) {
        return "{\"content\":[" + String.join(",", items) + "],\"page\":0,\"size\":20,\"totalElements\":" + items.length
                + ",\"totalPages\":1}";
    }

    static String match(String stage, long version) {
        return """
                {"id":"%s","version":%d,"enterpriseId":"%s","enterpriseEconomy":"CL","partnerId":"%s",
                 "partnerEconomy":"VN","score":12.5,"reasons":[
                   {"kind":"HS_HEADING","direction":"YOU_SEEK","yours":"1701","theirs":"170114","weight":5.0,"text":"you seek 1701"},
                   {"kind":"TARGET_MARKET","direction":"YOU_SEEK","yours":"VN","theirs":"VN","weight":2.0,"text":"you target VN"},
                   {"kind":"VERIFIED","direction":"THEIRS","yours":null,"theirs":null,"weight":1.0,"text":"they are verified"}],
                 "stage":"%s","interestedOrg":null,"introducedBy":null,"stageChangedAt":"2026-11-20T10:00:00Z",
                 "expiresAt":"2027-02-20T10:00:00Z"}"""
                .formatted(MATCH, version, OWN_ENTERPRISE, PARTNER, stage);
    }

    /** Every part's health; the gateway's shows its shared session store (the others ignore it). */
    static final String HEALTH_UP = "{\"status\":\"UP\",\"components\":{\"sessionStore\":{\"status\":\"UP\"}}}";

    static void cannedAnswers(StubBackend stub) {
        String own = enterprise(OWN_ENTERPRISE, "CL", "Café Andes SpA", true, false, 3);
        String partner = enterprise(PARTNER, "VN", "Mekong Sugar Co", false, true, 1);
        stub.answer("GET /api/registry/network/enterprises", 200, page(own.replace("\"contact\":{\"name\":\"Ana\",\"email\":\"ana@cafe.example\",\"phone\":null}", "\"contact\":null"), partner));
        stub.answer("GET /api/registry/network/enterprises/", 200, partner);
        stub.answer("GET /api/registry/enterprises", 200, page(own));
        stub.answer("GET /api/registry/enterprises/", 200, own);
        stub.answer("PUT /api/registry/enterprises/", seen -> new StubBackend.Canned(200,
                enterprise(OWN_ENTERPRISE, "CL", "Café Andes SpA", true, false, 4)));
        stub.answer("POST /api/registry/enterprises", 201, enterprise(OWN_ENTERPRISE, "CL", "Café Andes SpA", true, false, 1));
        stub.answer("POST /api/registry/enterprises/", 200, enterprise(OWN_ENTERPRISE, "CL", "Café Andes SpA", true, true, 4));
        stub.answer("GET /api/matchmaking/matches", 200, page(match("SUGGESTED", 3)));
        stub.answer("GET /api/matchmaking/matches/", 200, match("SUGGESTED", 3));
        stub.answer("POST /api/matchmaking/matches/", 200, match("INTERESTED", 4));
        stub.answer("GET /api/matchmaking/funnel", 200,
                "{\"economy\":\"CL\",\"stages\":{\"SUGGESTED\":1200,\"INTERESTED\":310,\"INTRODUCTION_REQUESTED\":42,\"INTRODUCED\":30,\"AGREED\":9}}");
        stub.answer("GET /api/opportunities/opportunities", 200, page("""
                {"id":"opp-1","version":2,"economy":"CL","kind":"BUY_REQUEST","status":"PUBLISHED",
                 "details":{"title":"Buyer seeks green coffee beans","description":"20 tonnes a quarter, washed arabica.",
                 "hsCodes":["0901"],"isicCodes":[],"targetEconomies":["VN"],"cooperationType":"SUPPLY","valueMin":10000,
                 "valueMax":250000,"currency":"USD","deadline":"2026-12-31T00:00:00Z","languages":["en"],"networkVisible":true},
                 "publisherKind":"FOCAL_POINT","publisherOrg":"org-cl-fp-1","createdAt":"2026-11-01T00:00:00Z",
                 "publishedAt":"2026-11-02T00:00:00Z","rejectionReason":null,"endedAt":null}"""));
        stub.answer("POST /api/opportunities/opportunities/", 201, """
                {"id":"int-1","version":1,"opportunityId":"opp-1","status":"EXPRESSED"}""");
        stub.answer("GET /api/training/network/courses", 200, page("""
                {"course":{"courseId":"course-1","economy":"VN","providerOrg":"org-vn-fp-1","title":"Export readiness for food SMEs",
                 "summary":"Rules of origin, SPS measures and labelling.","topic":"EXPORT_READINESS","level":"BEGINNER",
                 "language":"vi"},"origin":"VN.smenet.public.training.course.v1","listedAt":"2026-11-05T00:00:00Z"}"""));
        stub.answer("GET /api/consultation/consultations", 200, page(CONSULTATION));
        stub.answer("GET /api/consultation/consultations/", 200, CONSULTATION);
        stub.answer("POST /api/consultation/consultations/", 201, """
                {"id":"sub-1","version":1,"consultationId":"cons-1","status":"SUBMITTED"}""");
        stub.answer("GET /api/training/verifications", 200, """
                {"result":"VALID","valid":true,"reason":null,"certificateId":"cert-42","issuer":"http://127.0.0.1:8080/api/training",
                 "subject":"ent-cl-1","achievement":"Export readiness for food SMEs","validUntil":"2028-11-01T00:00:00Z","keyId":"k1"}""");
        stub.answer("GET /actuator/health", 200, HEALTH_UP);
        FocalFixtures.cannedAnswers(stub); // focal and operator pages
        smeAnswers(stub); // sme pages
        SmeWriteFixtures.cannedAnswers(stub); // sme writes
        OpportunityLifecycleFixtures.cannedAnswers(stub); // withdraw, discard, withdraw a request abroad
    }
}
