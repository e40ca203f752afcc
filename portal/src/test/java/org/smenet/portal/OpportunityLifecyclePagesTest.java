package org.smenet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

/**
 * Before a focal point acts, an SME takes back what it sent from "my opportunities": a submitted opportunity
 * ("Withdraw", back to draft), a draft ("Discard", after a confirmation), its interest abroad ("Withdraw my
 * request"). Each card or row shows only the actions its status allows; the service's refusal comes back in the
 * reader's words, naming the status, never a 500.
 */
class OpportunityLifecyclePagesTest extends PortalTestBase {

    String post(String path, String language) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept-Language", language)
                .header("Authorization", "Bearer " + sme()).header("HX-Request", "true")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).body();
    }

    @Test
    void aDraftOffersDiscardAndASubmittedOneWithdrawEachOnlyInItsStatus() {
        String page = get("/portal/sme/opportunities", sme(), "en").body();
        // opp-2 is a draft, opp-1 published (PortalFixtures' list)
        assertThat(page).contains("/portal/sme/opportunities/opp-2/discard",
                        "hx-confirm=\"Discard this draft? It cannot be brought back.\"")
                .doesNotContain("/portal/sme/opportunities/opp-1/discard", "/portal/sme/opportunities/opp-1/withdrawal",
                        "/portal/sme/opportunities/opp-2/withdrawal");

        String submitted = post("/portal/sme/opportunities/" + OpportunityLifecycleFixtures.TO_SUBMIT + "/submission", "en");
        assertThat(submitted).contains("Waiting for review", "/opp-lc-submit/withdrawal", "Withdraw")
                .doesNotContain("/opp-lc-submit/submission", "/opp-lc-submit/discard", "/opp-lc-submit/edit");
    }

    @Test
    void withdrawsASubmittedOpportunityToDraftAndDiscardsADraft() {
        String draft = post("/portal/sme/opportunities/" + OpportunityLifecycleFixtures.SUBMITTED + "/withdrawal", "en");
        assertThat(draft).contains("Withdrawn: it is a draft again, which you may change and submit.", "Draft",
                "/opp-lc-submitted/submission", "/opp-lc-submitted/discard", "/opp-lc-submitted/edit")
                .doesNotContain("/opp-lc-submitted/withdrawal");
        assertThat(STUB.last("POST", "/api/opportunities/opportunities/opp-lc-submitted/withdrawal").orElseThrow()
                .authorization()).isEqualTo("Bearer " + sme());

        String gone = post("/portal/sme/opportunities/" + OpportunityLifecycleFixtures.DRAFT + "/discard", "en");
        assertThat(gone).contains("Discarded: it is gone from your list.", "Discarded", "id=\"mine-opp-lc-draft\"")
                .doesNotContain("class=\"actions\"", "/opp-lc-draft/submission");
        assertThat(STUB.last("DELETE", "/api/opportunities/opportunities/opp-lc-draft")).isPresent();

        String es = post("/portal/sme/opportunities/" + OpportunityLifecycleFixtures.DRAFT + "/discard", "es");
        assertThat(es).contains("Descartada: ya no está en su lista.");
        String vi = post("/portal/sme/opportunities/" + OpportunityLifecycleFixtures.SUBMITTED + "/withdrawal", "vi");
        assertThat(vi).contains("Đã rút lại: cơ hội trở lại bản nháp");
    }

    @Test
    void aWithdrawalTheServiceRefusesIsShownNamingTheStatus() {
        String card = post("/portal/sme/opportunities/" + OpportunityLifecycleFixtures.REVIEWED + "/withdrawal", "en");
        assertThat(card).contains("This cannot be done in its current status.", "role=\"alert\"",
                "The service said: only a submitted opportunity can be withdrawn; this one is PUBLISHED", "Published",
                "/opp-lc-reviewed/closure").doesNotContain("/opp-lc-reviewed/withdrawal");
        assertThat(send(HttpRequest.newBuilder(URI.create(base() + "/portal/sme/opportunities/opp-1/deletion"))
                .header("Authorization", "Bearer " + sme()).POST(HttpRequest.BodyPublishers.noBody()).build())
                .statusCode()).isEqualTo(400);
    }

    @Test
    void anSmeWithdrawsItsRequestAbroadAndThePeerIsToldThroughTheService() {
        String page = get("/portal/sme/opportunities", sme(), "en").body();
        // abroad-1 is REQUESTED (PortalFixtures' list): it may be withdrawn
        assertThat(page).contains("id=\"abroad-abroad-1\"", "/portal/sme/interests-abroad/abroad-1/withdrawal",
                "Withdraw my request", "hx-confirm=\"Withdraw your interest? That economy is told.\"");

        String row = post("/portal/sme/interests-abroad/" + OpportunityLifecycleFixtures.ABROAD + "/withdrawal", "en");
        assertThat(row).startsWith("<tr").contains("id=\"abroad-abroad-lc-1\"", "Withdrawn by you",
                "Withdrawn: that economy is told.", "Dragon fruit, 3 t a week").doesNotContain("<form");
        assertThat(STUB.last("POST", "/api/opportunities/interests-abroad/abroad-lc-1/withdrawal").orElseThrow()
                .authorization()).isEqualTo("Bearer " + sme());
        assertThat(post("/portal/sme/interests-abroad/" + OpportunityLifecycleFixtures.ABROAD + "/withdrawal", "es"))
                .contains("Retirado por usted", "Retirada: se avisa a esa economía.");

        String refused = post("/portal/sme/interests-abroad/" + OpportunityLifecycleFixtures.ABROAD_ANSWERED
                + "/withdrawal", "vi");
        assertThat(refused).contains("role=\"alert\"", "Đã chấp nhận").doesNotContain("<form");
        assertThat(send(HttpRequest.newBuilder(URI.create(base() + "/portal/sme/interests-abroad/bad%20id/withdrawal"))
                .header("Authorization", "Bearer " + sme()).POST(HttpRequest.BodyPublishers.noBody()).build())
                .statusCode()).isEqualTo(400);
    }
}
