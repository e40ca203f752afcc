package org.smenet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/**
 * The pages as the gateway fetches them: public pages with the portal's reader token, a signed-in person's pages
 * with their relayed token, writes turned into the services' API calls (If-Match from the version shown), bad input
 * answered with a 400 page, an invalid token refused.
 */
class PortalPagesTest extends PortalTestBase {


    @Test
    void showsTheHomePageInTheReadersLanguage() {
        assertThat(get("/", null, "en").body()).contains("SMEs of Asia-Pacific, connected", "lang=\"en\"");
        assertThat(get("/portal", null, "es-CL,es;q=0.9").body()).contains("Pymes de Asia-Pacífico, conectadas", "lang=\"es\"");
        HttpResponse<String> vietnamese = get("/portal?lang=vi", null, "en");
        assertThat(vietnamese.body()).contains("kết nối với nhau", "lang=\"vi\"");
        assertThat(vietnamese.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("portal-lang=vi"));
    }

    @Test
    void searchesTheDirectoryByProductInWordsWithTheReaderToken() {
        HttpResponse<String> page = get("/portal/directory?q=coffee&economy=VN", null, "en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Mekong Sugar Co", "Firms offering or seeking", "(HS 0901)");
        var call = STUB.last("GET", "/api/registry/network/enterprises").orElseThrow();
        assertThat(call.query()).contains("hs=0901", "economy=VN");
        assertThat(call.authorization()).isEqualTo("Bearer " + STUB.readerToken);
    }

    @Test
    void saysSoWhenNoProductMatchesTheWords() {
        assertThat(get("/portal/directory?q=zzqqxx", null, "en").body()).contains("No product matches");
    }

    @Test
    void listsOpportunitiesWithTheirAtomFeedCoursesAndConsultations() {
        String opportunities = get("/portal/opportunities?q=coffee", null, "en").body();
        assertThat(opportunities).contains("Buyer seeks green coffee beans", "href=\"/api/opportunities/feed.atom\"",
                "250,000 USD", "Dec 31, 2026");
        assertThat(get("/portal/opportunities", null, "es").body()).contains("250.000 USD", "31 dic 2026");
        assertThat(get("/portal/courses", null, "en").body()).contains("Export readiness for food SMEs");
        assertThat(get("/portal/consultations", null, "en").body()).contains("Single window for exporters", "3 questions");
    }

    @Test
    void letsASignedInSmeAnswerAConsultation() {
        assertThat(get("/portal/consultations/cons-1", null, "en").body())
                .contains("Certificates of origin for agricultural goods.", "Sign in to answer")
                .doesNotContain("Send my answer");
        String token = sme();
        assertThat(get("/portal/consultations/cons-1", token, "en").body())
                .contains("What slows you down?", "name=\"answer-q2\"", "Send my answer");

        String outcome = post("/portal/me/consultations/cons-1/submission", token,
                "kind-q1=FREE_TEXT&answer-q1=Paper+certificates&kind-q2=AGREEMENT_SCALE&answer-q2=4"
                        + "&kind-q3=SINGLE_CHOICE&answer-q3=On+paper&confidential=on").body();
        assertThat(outcome).contains("your answer is recorded");
        var call = STUB.last("POST", "/api/consultation/consultations/cons-1/submissions").orElseThrow();
        assertThat(call.authorization()).isEqualTo("Bearer " + token);
        assertThat(call.body()).contains("{\"questionId\":\"q1\",\"text\":\"Paper certificates\"}",
                "{\"questionId\":\"q2\",\"scale\":4}", "{\"questionId\":\"q3\",\"choices\":[\"On paper\"]}",
                "\"confidential\":true");
    }

    @Test
    void letsAnSmeExpressInterestInAnOpportunity() {
        String token = sme();
        assertThat(get("/portal/opportunities", null, "en").body()).doesNotContain("Your message to the publisher");
        assertThat(get("/portal/opportunities", token, "en").body()).contains("Your message to the publisher");
        String outcome = post("/portal/sme/opportunities/opp-1/interest", token, "message=We+roast+20+t+a+month").body();
        assertThat(outcome).contains("Your interest is sent");
        var call = STUB.last("POST", "/api/opportunities/opportunities/opp-1/interests").orElseThrow();
        assertThat(call.body()).isEqualTo("{\"message\":\"We roast 20 t a month\"}");
        assertThat(call.authorization()).isEqualTo("Bearer " + token);
    }

    @Test
    void verifiesACertificateWithoutAnyToken() {
        String page = get("/portal/certificates?certificate=" + PortalFixtures.CERTIFICATE, null, "en").body();

        assertThat(page).contains("This certificate is valid", "Export readiness for food SMEs");
        var call = STUB.last("GET", "/api/training/verifications").orElseThrow();
        assertThat(call.query()).isEqualTo("certificate=" + PortalFixtures.CERTIFICATE);
        assertThat(call.authorization()).isNull();
    }

    @Test
    void suggestsProductsAndActivitiesInWords() {
        assertThat(get("/portal/pickers/hs?field=hsOffered&q=coffee", null, "en").body())
                .contains("Add 0901 —", "hsOffered");
        assertThat(get("/portal/pickers/isic?field=isicCodes&q=beverage", null, "en").body()).contains("0127");
        assertThat(get("/portal/pickers/chip?field=hsSought&code=1701", null, "en").body())
                .contains("name=\"hsSought\"", "value=\"1701\"", "checked");
    }

    @Test
    void showsAnSmeItsProfileAndSavesItWithIfMatch() {
        String token = sme();
        String page = get("/portal/sme/profile", token, "en").body();
        assertThat(page).contains("value=\"Café Andes SpA\"", "name=\"hsOffered\" value=\"0901\"", "Signed in as sme-cl")
                .doesNotContain(token);
        assertThat(STUB.last("GET", "/api/registry/enterprises/mine").orElseThrow().authorization()).isEqualTo("Bearer " + token);

        HttpResponse<String> saved = post("/portal/sme/profile", token,
                "id=ent-cl-1&version=3&legalName=Caf%C3%A9+Andes+SpA&sizeClass=SMALL&isicCodes=0127&hsOffered=0901"
                        + "&hsOffered=090121&hsSought=1701&targetEconomies=VN&publicProfile=on");
        assertThat(saved.body()).contains("Your profile is saved.");
        var put = STUB.last("PUT", "/api/registry/enterprises/ent-cl-1").orElseThrow();
        assertThat(put.ifMatch()).isEqualTo("\"3\"");
        assertThat(put.body()).contains("\"hsOffered\":[\"0901\",\"090121\"]", "\"publicProfile\":true");
    }

    @Test
    void showsARefusalOfTheRegistryNamingTheField() {
        STUB.answer("PUT /api/registry/enterprises/ent-cl-bad", 400,
                "{\"type\":\"https://smenet.org/problems/invalid\",\"status\":400,\"detail\":\"legalName must not be blank\",\"field\":\"legalName\"}");
        String page = post("/portal/sme/profile", sme(), "id=ent-cl-bad&version=3&legalName=&sizeClass=SMALL").body();
        assertThat(page).contains("legalName must not be blank", "Please check: legalName");
    }

    @Test
    void showsMatchesWithReasonsInWordsAndExpressesInterest() {
        String token = sme();
        String page = get("/portal/sme/matches", token, "en").body();
        assertThat(page).contains("Mekong Sugar Co", "You seek Cane or beet sugar", "They are verified by their focal point",
                "I am interested", "aria-current=\"step\"");

        String card = post("/portal/sme/matches/" + PortalFixtures.MATCH + "/interest", token, "version=3").body();
        assertThat(card).contains("Done.", "Ask my focal point for an introduction");
        var call = STUB.last("POST", "/api/matchmaking/matches/" + PortalFixtures.MATCH + "/interest").orElseThrow();
        assertThat(call.ifMatch()).isEqualTo("\"3\"");
        assertThat(call.authorization()).isEqualTo("Bearer " + token);
    }

    @Test
    void letsAFocalPointVerifyAnEnterpriseAndSeeTheFunnel() {
        String token = focalPoint();
        assertThat(get("/portal/focal/verification", token, "en").body()).contains("Café Andes SpA", "Verify");
        assertThat(STUB.last("GET", "/api/registry/enterprises").orElseThrow().query()).contains("verified=false");

        String row = post("/portal/focal/enterprises/ent-cl-1/verification", token, "").body();
        assertThat(row).contains("Verified");
        assertThat(STUB.last("POST", "/api/registry/enterprises/ent-cl-1/verification").orElseThrow().authorization())
                .isEqualTo("Bearer " + token);

        assertThat(get("/portal/focal/funnel", token, "en").body()).contains("1,200", "Introduction asked of your focal point");
    }

    @Test
    void showsTheOperatorEachPartsHealth() {
        String page = get("/portal/operator/health", operator(), "en").body();
        assertThat(page).contains("registry", "consultation", "Up");
        assertThat(get("/portal/operator/health", sme(), "en").body()).contains("for the node");
    }

    @Test
    void answersBadInputWithA400PageAndAnInvalidTokenWith401() {
        HttpResponse<String> bad = get("/portal/directory?economy=xx1", null, "en");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("is not right");
        assertThat(get("/portal/sme/profile", "not-a-token", "en").statusCode()).isEqualTo(401);
    }

    @Test
    void putsTheGatewaysCsrfTokenOnEveryHtmxRequestAndShowsAServiceOutageInWords() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/portal/courses"))
                .header("X-Portal-Csrf-Token", "csrf-123").build();
        assertThat(send(request).body()).contains("hx-headers=\"{&quot;X-XSRF-TOKEN&quot;:&quot;csrf-123&quot;}\"");

        STUB.answer("GET /api/consultation/consultations", 503, "{\"status\":503,\"detail\":\"down\"}");
        try {
            assertThat(get("/portal/consultations", null, "en").body()).contains("not reachable right now");
        } finally {
            PortalFixtures.cannedAnswers(STUB);
        }
    }
}
