package org.smenet.portal;

/**
 * What the services answer when an SME takes back or throws away its own things in the portal's tests: a submitted
 * opportunity withdrawn to draft, a draft discarded, an interest abroad withdrawn. Every answer is keyed by its own
 * id ({@code opp-lc-…}, {@code abroad-lc-…}), so other tests' replacements never reach these.
 */
final class OpportunityLifecycleFixtures {

    /** A draft submitted from its card: it comes back SUBMITTED, with "Withdraw". */
    static final String TO_SUBMIT = "opp-lc-submit";
    /** A submitted one withdrawn: it comes back a draft. */
    static final String SUBMITTED = "opp-lc-submitted";
    /** A draft discarded: it comes back DISCARDED, with no action. */
    static final String DRAFT = "opp-lc-draft";
    /** Already reviewed meanwhile: the service refuses the withdrawal with 409 naming the status. */
    static final String REVIEWED = "opp-lc-reviewed";
    static final String ABROAD = "abroad-lc-1";
    /** Answered meanwhile (accepted): the service refuses the withdrawal. */
    static final String ABROAD_ANSWERED = "abroad-lc-2";

    private OpportunityLifecycleFixtures() {
    }

    static String abroad(String id, String status) {
        return """
                {"id":"%s","version":3,"opportunityId":"opp-vn-9","opportunityTitle":"Dragon fruit, 3 t a week",
                 "targetEconomy":"VN","economy":"CL","interestedOrg":"org-cl-sme-1","message":"We ship by air.",
                 "contact":null,"status":"%s","requestedAt":"2026-11-20T00:00:00Z","interestId":null,"reason":null,
                 "publisherOrg":null,"introducedBy":null,"answeredAt":null,"endedAt":null}""".formatted(id, status);
    }

    static void cannedAnswers(StubBackend stub) {
        String base = "/api/opportunities/opportunities/";
        stub.answer("POST " + base + TO_SUBMIT + "/submission", 200,
                PortalFixtures.opportunity(TO_SUBMIT, "SUBMITTED", "Avocado oil for Lima"));
        stub.answer("POST " + base + SUBMITTED + "/withdrawal", 200,
                PortalFixtures.opportunity(SUBMITTED, "DRAFT", "Pisco for Ho Chi Minh City"));
        stub.answer("DELETE " + base + DRAFT, 200,
                PortalFixtures.opportunity(DRAFT, "DISCARDED", "Copper wire offcuts"));
        stub.answer("POST " + base + REVIEWED + "/withdrawal", 409, SmeWriteFixtures.problem(409,
                "transition-not-allowed", "only a submitted opportunity can be withdrawn; this one is PUBLISHED", "status"));
        stub.answer("GET " + base + REVIEWED, 200,
                PortalFixtures.opportunity(REVIEWED, "PUBLISHED", "Salmon fillets, frozen"));

        String abroad = "/api/opportunities/interests-abroad/";
        stub.answer("POST " + abroad + ABROAD + "/withdrawal", 200, abroad(ABROAD, "WITHDRAWN"));
        stub.answer("POST " + abroad + ABROAD_ANSWERED + "/withdrawal", 409, SmeWriteFixtures.problem(409,
                "transition-not-allowed", "only a requested, open or introduced interest abroad can be withdrawn; "
                        + "this one is ACCEPTED", "status"));
        stub.answer("GET " + abroad + ABROAD_ANSWERED, 200, abroad(ABROAD_ANSWERED, "ACCEPTED"));
    }
}
