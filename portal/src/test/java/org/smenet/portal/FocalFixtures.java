package org.smenet.portal;

import java.util.List;

/**
 * What the services answer for the focal point's and the operator's pages in the portal's tests, shaped like their
 * views: opportunities under review, courses with a session and its places, a consultation's summary, and the
 * kit's operator status of each service (matchmaking lagging, the registry with dead letters).
 */
final class FocalFixtures {

    static final String SUBMITTED = "opp-2";
    static final String COURSE = "course-cl-1";
    static final String SESSION = "session-1";
    static final String ENROLLED = "ent-cl-5";

    private FocalFixtures() {
    }

    static String opportunity(String id, String status, String title) {
        return """
                {"id":"%s","version":2,"economy":"CL","kind":"SELL_OFFER","status":"%s",
                 "details":{"title":"%s","description":"Fresh cherries, 40 t in the season.",
                 "hsCodes":["0809"],"isicCodes":[],"targetEconomies":["VN"],"cooperationType":"SUPPLY","valueMin":null,
                 "valueMax":90000,"currency":"USD","deadline":"2027-01-31T00:00:00Z","languages":["es"],"networkVisible":true},
                 "publisherKind":"SME","publisherOrg":"org-cl-sme-1","createdAt":"2026-11-20T00:00:00Z",
                 "publishedAt":null,"rejectionReason":%s,"endedAt":null}"""
                .formatted(id, status, title, "REJECTED".equals(status) ? "\"Prices are missing\"" : "null");
    }

    static final String PUBLISHED_PAGE = PortalFixtures.page("""
            {"id":"opp-1","version":2,"economy":"CL","kind":"BUY_REQUEST","status":"PUBLISHED",
             "details":{"title":"Buyer seeks green coffee beans","description":"20 tonnes a quarter, washed arabica.",
             "hsCodes":["0901"],"isicCodes":[],"targetEconomies":["VN"],"cooperationType":"SUPPLY","valueMin":10000,
             "valueMax":250000,"currency":"USD","deadline":"2026-12-31T00:00:00Z","languages":["en"],"networkVisible":true},
             "publisherKind":"FOCAL_POINT","publisherOrg":"org-cl-fp-1","createdAt":"2026-11-01T00:00:00Z",
             "publishedAt":"2026-11-02T00:00:00Z","rejectionReason":null,"endedAt":null}""");

    static final String COURSE_VIEW = """
            {"id":"course-cl-1","version":1,"economy":"CL","providerOrg":"org-cl-fp-1","title":"Rules of origin for fruit exporters",
             "summary":"Certificates of origin under CPTPP.","topic":"WTO_RULES","level":"INTRODUCTORY","language":"es",
             "delivery":"HYBRID","location":"Santiago","hsCodes":["0809"],"isicCodes":[],"prerequisites":[],
             "certification":null,"certificateValidity":null,"networkVisible":true,"publishedAt":"2026-11-10T00:00:00Z"}""";

    static final String SESSION_VIEW = """
            {"id":"session-1","version":3,"economy":"CL","courseId":"course-cl-1","providerOrg":"org-cl-fp-1",
             "startsAt":"2026-12-10T13:00:00Z","endsAt":"2026-12-10T16:00:00Z","enrolmentDeadline":"2026-12-05T00:00:00Z",
             "location":"Santiago","capacity":20,"waitlistEnabled":true,"seatsLeft":18,"waiting":1,
             "places":[{"enterpriseId":"ent-cl-5","status":"ENROLLED","waitlistPosition":0},
                       {"enterpriseId":"ent-cl-6","status":"ATTENDED","waitlistPosition":0},
                       {"enterpriseId":"ent-cl-7","status":"WAITLISTED","waitlistPosition":1}]}""";

    static final String SUMMARY = """
            {"consultationId":"cons-1","generatedAt":"2026-11-28T09:00:00Z","frozen":false,"submissions":1234,
             "respondents":{"bySector":{"C":700,"A":400,"UNKNOWN":134},"byEconomy":{"CL":1000,"PE":234},"bySize":{"MICRO":800,"SMALL":434}},
             "questions":[
               {"questionId":"q1","text":"What slows you down?","kind":"FREE_TEXT","answered":900,"answers":[]},
               {"questionId":"q3","text":"How do you file today?","kind":"SINGLE_CHOICE","answered":1200,"answers":[
                 {"answer":"On paper","count":720,"share":0.6,"breakdown":{"bySector":{},"byEconomy":{},"bySize":{}}},
                 {"answer":"Online","count":480,"share":0.4,"breakdown":{"bySector":{},"byEconomy":{},"bySize":{}}}]}],
             "mostCommentedSections":[{"section":1,"heading":"Scope","comments":57}]}""";

    /** The kit's operator status of a service; lag, dead letters and a pending event's age as given. */
    static String status(String service, long lag, long deadLetters, long oldestAgeSeconds) {
        return """
                {"service":"%s","checkedAt":"2026-11-28T10:00:00Z","hostedEconomies":["CL"],
                 "outbox":{"pending":%d,"oldestPendingAt":%s,"oldestPendingAgeSeconds":%s,"parked":0},
                 "kafka":{"reachable":true,"error":null,"checkedAt":"2026-11-28T10:00:00Z",
                   "consumers":[{"group":"%s","topic":"smenet.public.registry.enterprise.v1","partitions":3,"lag":%d},
                                {"group":"%s-designations","topic":"smenet.registry.focal-point.v1","partitions":3,"lag":0}],
                   "deadLetters":[{"topic":"smenet.public.registry.enterprise.v1.DLT","records":%d}]},
                 "peers":[{"alias":"VN","economies":["VN"],"keys":1,"lastMirroredTopic":"VN.smenet.public.registry.enterprise.v1",
                   "lastMirroredEventTime":"2026-11-28T09:59:00Z","lastMirroredAt":"%s"}]}"""
                .formatted(service, oldestAgeSeconds > 0 ? 4 : 0,
                        oldestAgeSeconds > 0 ? "\"2026-11-28T09:58:00Z\"" : "null",
                        oldestAgeSeconds > 0 ? String.valueOf(oldestAgeSeconds) : "null",
                        service, lag, service, deadLetters, java.time.Instant.now().minusSeconds(30));
    }

    /** The review's lists by status; any other query gets {@code otherwise} (the SME pages answer their own lists). */
    static StubBackend.Canned opportunities(StubBackend.Seen seen, String otherwise) {
        return new StubBackend.Canned(200,
                seen.query() != null && seen.query().contains("status=SUBMITTED")
                        ? PortalFixtures.page(opportunity(SUBMITTED, "SUBMITTED", "Fresh cherries for Hanoi importers"))
                        : seen.query() != null && seen.query().contains("status=REJECTED")
                        ? PortalFixtures.page() : otherwise);
    }

    /** A record parked in the registry's dead-letter topic of the public enterprise topic (mirrored from VN). */
    static String parked(long offset, String reason, String exception, String message) {
        return """
                {"topic":"smenet.public.registry.enterprise.v1.DLT","partition":0,"offset":%d,
                 "parkedAt":"2026-11-28T09:40:00Z","originalTopic":"VN.smenet.public.registry.enterprise.v1",
                 "originalPartition":0,"originalOffset":%d,"consumerGroup":"registry",
                 "eventId":"evt-vn-%d","type":"org.smenet.registry.public-enterprise.published.v1",
                 "subject":"ent-vn-8","economy":"VN","source":"/smenet/VN/registry","eventTime":"2026-11-28T09:39:00Z",
                 "reason":"%s","exception":"%s","exceptionMessage":"%s","payloadBytes":640,"retryOf":null}"""
                .formatted(offset, 120 + offset, 120 + offset, reason, exception, message);
    }

    static void cannedAnswers(StubBackend stub) {
        stub.answer("GET /api/registry/network/enterprises/" + PortalFixtures.OWN_ENTERPRISE, 200,
                PortalFixtures.enterprise(PortalFixtures.OWN_ENTERPRISE, "CL", "Café Andes SpA", false, true, 3));
        stub.answer("GET /api/opportunities/opportunities", seen -> opportunities(seen, PUBLISHED_PAGE));
        stub.answer("POST /api/opportunities/opportunities/" + SUBMITTED + "/", seen -> new StubBackend.Canned(200,
                opportunity(SUBMITTED, seen.path().endsWith("/rejection") ? "REJECTED" : "PUBLISHED",
                        "Fresh cherries for Hanoi importers")));
        stub.answer("GET /api/training/courses", 200, PortalFixtures.page(COURSE_VIEW));
        stub.answer("GET /api/training/courses/", 200, COURSE_VIEW);
        stub.answer("GET /api/training/courses/" + COURSE + "/sessions", 200, "[" + SESSION_VIEW + "]");
        stub.answer("POST /api/training/courses", 201, COURSE_VIEW);
        stub.answer("POST /api/training/courses/", 201, SESSION_VIEW);
        stub.answer("POST /api/training/sessions/", 200, """
                {"sessionId":"session-1","version":4,"enterpriseId":"ent-cl-5","status":"ATTENDED","waitlistPosition":0,
                 "seatsLeft":18,"moved":[]}""");
        stub.answer("GET /api/consultation/consultations/cons-1/summary", 200, SUMMARY);
        for (String service : List.of("registry", "matchmaking", "opportunities", "training", "consultation")) {
            // the registry's two dead letters are the two records it lists as parked; nothing parked elsewhere
            // (OperatorParkedPagesTest answers its own)
            stub.answer("GET /api/" + service + "/operator/parked", 200, "registry".equals(service)
                    ? "{\"items\":[" + parked(0, "subject-mismatch", "RejectedRecord",
                            "subject-mismatch: record names ent-vn-7 of VN but its subject is ent-vn-8") + ","
                            + parked(1, "bad-signature", "RejectedRecord", "bad-signature: altered after signing")
                            + "],\"page\":0,\"size\":20,\"totalItems\":2,\"totalPages\":1}"
                    : "{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":0,\"totalPages\":0}");
            stub.answer("GET /api/" + service + "/operator/status", 200, switch (service) {
                case "matchmaking" -> status(service, 250, 0, 0);
                case "registry" -> status(service, 0, 2, 120);
                default -> status(service, 0, 0, 0);
            });
        }
    }
}
