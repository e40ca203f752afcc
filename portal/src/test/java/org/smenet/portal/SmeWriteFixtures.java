package org.smenet.portal;

/**
 * What the services answer when an SME writes in the portal's tests: drafting, revising and moving its opportunities
 * on, enrolling in a session and cancelling, asking another economy's node for a seat. Every answer is keyed by its
 * own id (a longer prefix than the other fixtures' keys), so other tests' replacements never reach these.
 */
final class SmeWriteFixtures {

    static final String NEW_DRAFT = "opp-new";
    /** The draft on "my opportunities" (PortalFixtures' list; the focal tests use the same id for their review). */
    static final String DRAFT = "opp-2";
    /** A draft opened in the editor and revised (its own id: the focal tests replace what opp-2 answers). */
    static final String EDITED = "opp-3";
    static final String PUBLISHED = "opp-1";
    /** An opportunity of another enterprise: the service refuses the SME with 403. */
    static final String THEIRS = "opp-theirs";
    static final String COURSE = "course-cl-2";
    static final String OPEN_SESSION = "session-2";
    static final String FULL_SESSION = "session-3";
    /** The SME's waiting place in "my training" (PortalFixtures' enrolment). */
    static final String TRAINING_SESSION = "ses-1";
    static final String OTHER_ENTERPRISE = "ent-vn-7";
    static final String NETWORK_COURSE = "course-1";
    static final String ASKED_COURSE = "vn-course-9";

    private SmeWriteFixtures() {
    }

    static String problem(int status, String kind, String detail, String field) {
        return "{\"type\":\"https://smenet.org/problems/" + kind + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\""
                + (field == null ? "" : ",\"field\":\"" + field + "\"")
                + (status == 409 ? ",\"rule\":\"" + kind + "\"" : "") + "}";
    }

    static String session(String id, int capacity, int seatsLeft, boolean waitlist, String places) {
        return """
                {"id":"%s","version":4,"economy":"CL","courseId":"course-cl-2","providerOrg":"org-cl-fp-1",
                 "startsAt":"2030-01-20T13:00:00Z","endsAt":"2030-01-20T17:00:00Z","enrolmentDeadline":"2030-01-10T00:00:00Z",
                 "location":"Valparaíso","capacity":%d,"waitlistEnabled":%s,"seatsLeft":%d,"waiting":0,"places":[%s]}"""
                .formatted(id, capacity, waitlist, seatsLeft, places);
    }

    static String placeChange(String session, String enterprise, String status, int position) {
        return """
                {"sessionId":"%s","version":5,"enterpriseId":"%s","status":"%s","waitlistPosition":%d,"seatsLeft":4,"moved":[]}"""
                .formatted(session, enterprise, status, position);
    }

    static void cannedAnswers(StubBackend stub) {
        String base = "/api/opportunities/opportunities";
        stub.answer("POST " + base, seen -> seen.body().contains("\"9999\"")
                ? new StubBackend.Canned(400, problem(400, "invalid-field", "9999 is not an HS 2022 code", "hsCodes[0]"))
                : new StubBackend.Canned(201, PortalFixtures.opportunity(NEW_DRAFT, "DRAFT", "Organic quinoa for Hanoi buyers")));
        stub.answer("GET " + base + "/" + EDITED, 200, PortalFixtures.opportunity(EDITED, "DRAFT", "Cold-brew partner wanted"));
        stub.answer("PUT " + base + "/" + EDITED, seen -> "\"1\"".equals(seen.ifMatch())
                ? new StubBackend.Canned(412, problem(412, "precondition-failed", "Opportunity opp-3 changed: version 2", null))
                : new StubBackend.Canned(200, PortalFixtures.opportunity(EDITED, "DRAFT", "Cold-brew partner wanted in Hanoi")
                        .replace("\"version\":2", "\"version\":3")));
        stub.answer("POST " + base + "/" + EDITED + "/submission", 200,
                PortalFixtures.opportunity(EDITED, "SUBMITTED", "Cold-brew partner wanted"));
        stub.answer("POST " + base + "/" + DRAFT + "/submission", 200,
                PortalFixtures.opportunity(DRAFT, "SUBMITTED", "Cold-brew partner wanted"));
        stub.answer("POST " + base + "/" + NEW_DRAFT + "/submission", 200,
                PortalFixtures.opportunity(NEW_DRAFT, "SUBMITTED", "Organic quinoa for Hanoi buyers"));
        stub.answer("POST " + base + "/" + PUBLISHED + "/closure", 200,
                PortalFixtures.opportunity(PUBLISHED, "CLOSED", "Green coffee beans for export"));
        stub.answer("POST " + base + "/" + PUBLISHED + "/submission", 409, problem(409, "transition-not-allowed",
                "only a draft can be submitted; this one is PUBLISHED", null));
        stub.answer("POST " + base + "/" + THEIRS + "/", 403,
                problem(403, "forbidden", "Only the publisher of opportunity opp-theirs may do this", null));
        stub.answer("PUT " + base + "/" + THEIRS, 403,
                problem(403, "forbidden", "Only the publisher of opportunity opp-theirs may do this", null));
        stub.answer("GET " + base + "/" + THEIRS, 200, PortalFixtures.opportunity(THEIRS, "DRAFT", "Somebody else's draft")
                .replace("org-cl-sme-1", "org-cl-sme-2"));

        stub.answer("GET /api/training/courses/" + COURSE, 200, FocalFixtures.COURSE_VIEW.replace("course-cl-1", COURSE)
                .replace("Rules of origin for fruit exporters", "Cold chain for fresh fruit"));
        stub.answer("GET /api/training/courses/" + COURSE + "/sessions", 200, "[" + session(OPEN_SESSION, 12, 5, true, "")
                + "," + session(FULL_SESSION, 10, 0, false,
                        "{\"enterpriseId\":\"ent-cl-1\",\"status\":\"ENROLLED\",\"waitlistPosition\":0}") + "]");
        stub.answer("GET /api/training/sessions/" + OPEN_SESSION, 200, session(OPEN_SESSION, 12, 4, true,
                "{\"enterpriseId\":\"ent-cl-1\",\"status\":\"ENROLLED\",\"waitlistPosition\":0}"));
        stub.answer("GET /api/training/sessions/" + FULL_SESSION, 200, session(FULL_SESSION, 10, 1, false, ""));
        stub.answer("POST /api/training/sessions/" + OPEN_SESSION + "/enrolments", seen -> seen.body().contains(OTHER_ENTERPRISE)
                ? new StubBackend.Canned(403, problem(403, "forbidden", "Enterprise ent-vn-7 is not your organisation's", null))
                : new StubBackend.Canned(201, placeChange(OPEN_SESSION, "ent-cl-1", "ENROLLED", 0)));
        stub.answer("POST /api/training/sessions/" + FULL_SESSION + "/enrolments", 409,
                problem(409, "session-full", "session session-3 is full", null));
        stub.answer("POST /api/training/sessions/" + FULL_SESSION + "/cancellations", 200,
                placeChange(FULL_SESSION, "ent-cl-1", "CANCELLED", 0));
        stub.answer("POST /api/training/sessions/" + TRAINING_SESSION + "/cancellations", seen -> seen.body().contains(OTHER_ENTERPRISE)
                ? new StubBackend.Canned(403, problem(403, "forbidden", "Enterprise ent-vn-7 is not your organisation's", null))
                : new StubBackend.Canned(200, placeChange(TRAINING_SESSION, "ent-cl-1", "CANCELLED", 0)));

        stub.answer("GET /api/training/network/courses", 200, PortalFixtures.page("""
                {"course":{"courseId":"course-1","economy":"VN","providerOrg":"org-vn-fp-1","title":"Export readiness for food SMEs",
                 "summary":"Rules of origin, SPS measures and labelling.","topic":"EXPORT_READINESS","level":"BEGINNER",
                 "language":"vi","delivery":"ONLINE"},"origin":"VN.smenet.public.training.course.v1","listedAt":"2026-11-05T00:00:00Z"}""",
                """
                {"course":{"courseId":"vn-course-9","economy":"VN","providerOrg":"org-vn-fp-1","title":"Selling rice online",
                 "summary":"Marketplaces and payments.","topic":"E_COMMERCE","level":"BEGINNER",
                 "language":"vi","delivery":"ONLINE"},"origin":"VN.smenet.public.training.course.v1","listedAt":"2026-11-06T00:00:00Z"}""",
                """
                {"course":{"courseId":"pe-course-2","economy":"PE","providerOrg":"org-pe-fp-1","title":"Lima logistics day",
                 "summary":"In person only.","topic":"LOGISTICS","level":"BEGINNER",
                 "language":"es","delivery":"IN_PERSON"},"origin":"PE.smenet.public.training.course.v1","listedAt":"2026-11-07T00:00:00Z"}"""));
        stub.answer("POST /api/training/network/courses/" + NETWORK_COURSE + "/enrolments", 202, """
                {"id":"req-7","version":1,"courseId":"course-1","courseEconomy":"VN","enterpriseId":"ent-cl-1","status":"PENDING",
                 "sessionId":null,"reason":null,"detail":null,"requestedAt":"2026-11-28T10:00:00Z","answeredAt":null}""");
        stub.answer("POST /api/training/network/courses/" + ASKED_COURSE + "/enrolments", 409,
                problem(409, "already-requested", "enterprise ent-cl-1 already asked for course vn-course-9", null));
    }
}
