package org.smenet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * An SME writes through the portal: drafts, edits and submits its own opportunity and closes or archives it; enrols
 * one of its enterprises in a session (or asks another economy's node), cancels a place. The form's own checks answer
 * in the reader's language next to each field; a service's refusal (4xx problem) is shown in words, naming the field
 * or the rule; what another enterprise owns is refused by the service (the portal sends the SME's own token) and that
 * refusal is shown, never a 500.
 */
class SmeWritePagesTest extends PortalTestBase {

    static final String NEXT_YEAR = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();

    static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    static String draftForm(String title, String deadline, String... more) {
        String base = form("kind", "SELL_OFFER", "title", title, "description", "Quinoa, 5 t a month, organic.",
                "hsCodes", "100850", "isicCodes", "0111", "targetEconomies", "VN", "targetEconomies", "PE",
                "cooperationType", "SUPPLY", "valueMin", "1000", "valueMax", "20000", "currency", "usd",
                "deadline", deadline, "networkVisible", "on", "contactName", "Ana", "contactEmail", "ana@cafe.example");
        return more.length == 0 ? base : base + "&" + form(more);
    }

    @Test
    void anSmeDraftsAnOpportunityAndTheServiceGetsItsRequestWithTheSmesToken() {
        String token = sme();
        String page = get("/portal/sme/opportunities/new", token, "en").body();
        assertThat(page).contains("New opportunity", "<label for=\"title\">Title</label>", "Products (HS codes)",
                "Save draft", "hx-indicator=\"#saving\"", "X-XSRF-TOKEN");

        HttpResponse<String> saved = post("/portal/sme/opportunities/drafts", token,
                draftForm("Organic quinoa for Hanoi buyers", NEXT_YEAR));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Draft saved", "Organic quinoa for Hanoi buyers", "Submit for review",
                "/portal/sme/opportunities/" + SmeWriteFixtures.NEW_DRAFT + "/submission");
        assertThat(saved.headers().firstValue("HX-Push-Url")).contains("/portal/sme/opportunities/opp-new/edit");
        var call = STUB.last("POST", "/api/opportunities/opportunities").orElseThrow();
        assertThat(call.authorization()).isEqualTo("Bearer " + token);
        assertThat(call.body()).contains("\"kind\":\"SELL_OFFER\"", "\"title\":\"Organic quinoa for Hanoi buyers\"",
                "\"hsCodes\":[\"100850\"]", "\"isicCodes\":[\"0111\"]", "\"targetEconomies\":[\"VN\",\"PE\"]",
                "\"cooperationType\":\"SUPPLY\"", "\"valueMin\":1000", "\"valueMax\":20000", "\"currency\":\"USD\"",
                "\"deadline\":\"" + NEXT_YEAR + "T23:59:59Z\"", "\"networkVisible\":true",
                "\"contact\":{\"name\":\"Ana\",\"email\":\"ana@cafe.example\",\"phone\":null}");
    }

    @Test
    void badInputComesBackAsTheFormWithEachFieldsMessageInTheReadersLanguageAndNothingIsSent() {
        long before = STUB.seen().stream().filter(s -> s.method().equals("POST")
                && s.path().equals("/api/opportunities/opportunities")).count();
        String bad = form("kind", "SELL_OFFER", "title", "", "description", "x", "valueMin", "12a", "deadline", "2001-01-01",
                "contactEmail", "not-an-address");
        HttpResponse<String> en = post("/portal/sme/opportunities/drafts", sme(), bad);
        assertThat(en.statusCode()).isEqualTo(200);
        assertThat(en.body()).contains("Please check these fields", "id=\"title-error\"", "Please fill this in.",
                "aria-describedby=\"title-error\"", "aria-invalid=\"true\"", "Please enter a whole number, digits only.",
                "Please choose a day from today on.", "Please enter an e-mail address", "An amount needs its currency.",
                "href=\"#deadline\"", "value=\"12a\"", "value=\"2001-01-01\"");

        HttpRequestsInSpanish:
        {
            String es = sendIn("es", bad);
            assertThat(es).contains("Revise estos campos", "Complete este campo.", "Elija un día a partir de hoy.");
            String vi = sendIn("vi", bad);
            assertThat(vi).contains("Vui lòng kiểm tra các trường sau", "Vui lòng điền mục này.");
        }
        assertThat(STUB.seen().stream().filter(s -> s.method().equals("POST")
                && s.path().equals("/api/opportunities/opportunities")).count()).isEqualTo(before);
    }

    private String sendIn(String language, String body) {
        return send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/portal/sme/opportunities/drafts"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("HX-Request", "true")
                .header("Accept-Language", language).header("Authorization", "Bearer " + sme())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build()).body();
    }

    @Test
    void aFieldTheServiceRefusesIsShownAtThatField() {
        String refused = post("/portal/sme/opportunities/drafts", sme(),
                draftForm("Quinoa", NEXT_YEAR).replace("hsCodes=100850", "hsCodes=9999")).body();
        assertThat(refused).contains("id=\"hsCodes-error\"", "Not accepted by the service: 9999 is not an HS 2022 code",
                "Products (HS codes): Not accepted by the service", "value=\"Quinoa\"");
    }

    @Test
    void editsADraftWithIfMatchAndSubmitsItForReview() {
        String token = sme();
        String edit = get("/portal/sme/opportunities/" + SmeWriteFixtures.EDITED + "/edit", token, "en").body();
        assertThat(edit).contains("Edit opportunity", "value=\"Cold-brew partner wanted\"", "name=\"version\" value=\"2\"",
                "value=\"2027-01-31\"", "Coffee", "Submit for review").doesNotContain("Contact person");

        String saved = post("/portal/sme/opportunities/" + SmeWriteFixtures.EDITED, token,
                form("version", "2", "status", "DRAFT", "kind", "PARTNERSHIP", "title", "Cold-brew partner wanted in Hanoi",
                        "description", "A partner to bottle cold brew.", "deadline", NEXT_YEAR, "languages", "en")).body();
        assertThat(saved).contains("Draft saved", "Cold-brew partner wanted in Hanoi", "name=\"version\" value=\"3\"");
        var put = STUB.last("PUT", "/api/opportunities/opportunities/" + SmeWriteFixtures.EDITED).orElseThrow();
        assertThat(put.ifMatch()).isEqualTo("\"2\"");
        assertThat(put.authorization()).isEqualTo("Bearer " + token);
        assertThat(put.body()).contains("\"kind\":\"PARTNERSHIP\"", "\"languages\":[\"en\"]").doesNotContain("contact");

        String stale = post("/portal/sme/opportunities/" + SmeWriteFixtures.EDITED, token,
                form("version", "1", "status", "DRAFT", "kind", "PARTNERSHIP", "title", "Old", "description", "Old",
                        "deadline", NEXT_YEAR)).body();
        assertThat(stale).contains("Someone changed this meanwhile: please open it again.", "value=\"Old\"");

        String submitted = post("/portal/sme/opportunities/" + SmeWriteFixtures.EDITED + "/submission", token, "").body();
        assertThat(submitted).contains("Submitted: a focal point reviews it now.", "Waiting for review",
                "A focal point of your economy reviews it").doesNotContain(">Submit for review<");
        assertThat(STUB.last("POST", "/api/opportunities/opportunities/opp-3/submission").orElseThrow().authorization())
                .isEqualTo("Bearer " + token);
    }

    @Test
    void myOpportunitiesOffersTheActionsEachStatusAllowsAndClosesAPublishedOne() {
        String page = get("/portal/sme/opportunities", sme(), "en").body();
        assertThat(page).contains("New opportunity", "href=\"/portal/sme/opportunities/new\"",
                "href=\"/portal/sme/opportunities/opp-2/edit\"", "/portal/sme/opportunities/opp-2/submission",
                "/portal/sme/opportunities/opp-1/closure")
                .doesNotContain("/portal/sme/opportunities/opp-1/submission", "/portal/sme/opportunities/opp-2/closure");

        String closed = post("/portal/sme/opportunities/" + SmeWriteFixtures.PUBLISHED + "/closure", sme(), "").body();
        assertThat(closed).contains("Closed: it no longer takes interest.", "id=\"mine-opp-1\"", "/opp-1/archival",
                "Interest received");
    }

    @Test
    void aWrongStatusIsRefusedByTheServiceAndShownInTheReadersWords() {
        String card = post("/portal/sme/opportunities/" + SmeWriteFixtures.PUBLISHED + "/submission", sme(), "").body();
        assertThat(card).contains("This cannot be done in its current status.",
                "The service said: only a draft can be submitted; this one is PUBLISHED", "role=\"alert\"");
        String es = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/portal/sme/opportunities/"
                        + SmeWriteFixtures.PUBLISHED + "/submission")).header("Accept-Language", "es")
                .header("Authorization", "Bearer " + sme()).header("HX-Request", "true")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build()).body();
        assertThat(es).contains("Esto no se puede hacer en su estado actual.");
        assertThat(post("/portal/sme/opportunities/opp-1/deletion", sme(), "").statusCode()).isEqualTo(400);
    }

    @Test
    void anSmeCannotActOnAnotherEnterprisesOpportunityAndIsToldSo() {
        String token = sme();
        String card = post("/portal/sme/opportunities/" + SmeWriteFixtures.THEIRS + "/submission", token, "").body();
        assertThat(card).contains("You may not do this: it is not your organisation",
                "Only the publisher of opportunity opp-theirs may do this");
        assertThat(STUB.last("POST", "/api/opportunities/opportunities/opp-theirs/submission").orElseThrow()
                .authorization()).isEqualTo("Bearer " + token);

        String edit = post("/portal/sme/opportunities/" + SmeWriteFixtures.THEIRS, token,
                form("version", "2", "status", "DRAFT", "kind", "SELL_OFFER", "title", "Mine now", "description", "x",
                        "deadline", NEXT_YEAR)).body();
        assertThat(edit).contains("You may not do this: it is not your organisation", "value=\"Mine now\"");
    }

    @Test
    void listsCoursesToEnrolInAndOnlyOtherEconomiesOnlineOnesToAskFor() {
        String page = get("/portal/sme/courses", sme(), "en").body();
        assertThat(page).contains("Enrol in a course", "Rules of origin for fruit exporters",
                "href=\"/portal/sme/courses/course-cl-1\"", "Online courses of other economies",
                "Export readiness for food SMEs", "For Café Andes SpA", "Ask to enrol",
                "/portal/sme/network-courses/course-1/enrolment").doesNotContain("Lima logistics day");
        assertThat(get("/portal/sme/courses", sme(), "vi").body()).contains("Đăng ký khóa học", "Yêu cầu đăng ký");
        assertThat(get("/portal/courses", sme(), "en").body()).contains("href=\"/portal/sme/courses\"");
        assertThat(get("/portal/sme/courses", null, "en").body()).contains("This page is for SMEs");
    }

    @Test
    void enrolsTheSmesEnterpriseInASessionAndCancelsAPlace() {
        String token = sme();
        String course = get("/portal/sme/courses/" + SmeWriteFixtures.COURSE, token, "en").body();
        assertThat(course).contains("Cold chain for fresh fruit", "5 of 12 seats left", "Valparaíso",
                "/portal/sme/sessions/session-2/enrolment", "For Café Andes SpA", ">Enrol<",
                "/portal/sme/sessions/session-3/cancellation", "Enrolled",
                "Cancel my place</span><span class=\"visually-hidden\">: Café Andes SpA</span>");

        String enrolled = post("/portal/sme/sessions/" + SmeWriteFixtures.OPEN_SESSION + "/enrolment", token,
                "enterpriseId=ent-cl-1").body();
        assertThat(enrolled).contains("Enrolled: Café Andes SpA has a seat.", "id=\"session-session-2\"", "4 of 12 seats left");
        var call = STUB.last("POST", "/api/training/sessions/session-2/enrolments").orElseThrow();
        assertThat(call.body()).isEqualTo("{\"enterpriseId\":\"ent-cl-1\"}");
        assertThat(call.authorization()).isEqualTo("Bearer " + token);

        String cancelled = post("/portal/sme/sessions/" + SmeWriteFixtures.FULL_SESSION + "/cancellation", token,
                "enterpriseId=ent-cl-1").body();
        assertThat(cancelled).contains("Cancelled: the place of Café Andes SpA is given up.");
        assertThat(STUB.last("POST", "/api/training/sessions/session-3/cancellations").orElseThrow().body())
                .contains("ent-cl-1");
    }

    @Test
    void aFullSessionAndAMissingEnterpriseAreShownAtTheEnterpriseField() {
        String full = post("/portal/sme/sessions/" + SmeWriteFixtures.FULL_SESSION + "/enrolment", sme(),
                "enterpriseId=ent-cl-1").body();
        assertThat(full).contains("This session is full and has no waiting list.", "Field: Enterprise",
                "The service said: session session-3 is full");
        String esFull = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/portal/sme/sessions/"
                        + SmeWriteFixtures.FULL_SESSION + "/enrolment")).header("Accept-Language", "es")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Bearer " + sme())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("enterpriseId=ent-cl-1")).build()).body();
        assertThat(esFull).contains("Esta sesión está llena y no tiene lista de espera.", "Campo: Empresa");

        long before = STUB.seen().size();
        HttpResponse<String> none = post("/portal/sme/sessions/" + SmeWriteFixtures.OPEN_SESSION + "/enrolment", sme(), "");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).contains("Please choose the enterprise to enrol.");
        assertThat(STUB.seen().subList((int) before, STUB.seen().size()))
                .noneMatch(s -> s.method().equals("POST") && s.path().startsWith("/api/training"));
        assertThat(post("/portal/sme/sessions/" + SmeWriteFixtures.OPEN_SESSION + "/enrolment", sme(),
                "enterpriseId=%3Cscript%3E").body()).contains("Please choose one of the options.");
    }

    @Test
    void anSmeCannotEnrolOrCancelAnotherEnterpriseAndIsToldSo() {
        String enrol = post("/portal/sme/sessions/" + SmeWriteFixtures.OPEN_SESSION + "/enrolment", sme(),
                "enterpriseId=" + SmeWriteFixtures.OTHER_ENTERPRISE).body();
        assertThat(enrol).contains("You may not do this: it is not your organisation", "Field: Enterprise",
                "Enterprise ent-vn-7 is not your organisation");
        String cancel = post("/portal/sme/sessions/" + SmeWriteFixtures.TRAINING_SESSION + "/cancellation", sme(),
                "from=training&enterpriseId=" + SmeWriteFixtures.OTHER_ENTERPRISE).body();
        assertThat(cancel).contains("You may not do this: it is not your organisation")
                .doesNotContain("Cancelled:");
    }

    @Test
    void myTrainingCancelsAWaitingPlaceInPlace() {
        String page = get("/portal/sme/training", sme(), "en").body();
        assertThat(page).contains("Find a course and enrol", "/portal/sme/sessions/ses-1/cancellation", "Cancel my place");
        String cancelled = post("/portal/sme/sessions/" + SmeWriteFixtures.TRAINING_SESSION + "/cancellation", sme(),
                "from=training&enterpriseId=ent-cl-1").body();
        assertThat(cancelled).contains("Cancelled: the place of Café Andes SpA is given up.").doesNotContain("<html");
        assertThat(post("/portal/sme/sessions/ses-1/cancellation", sme(), "from=elsewhere&enterpriseId=ent-cl-1")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void asksAnotherEconomysNodeForASeatAndShowsARepeatedRequestsRefusal() {
        String token = sme();
        String asked = post("/portal/sme/network-courses/" + SmeWriteFixtures.NETWORK_COURSE + "/enrolment", token,
                "enterpriseId=ent-cl-1").body();
        assertThat(asked).contains("Asked. That economy", "href=\"/portal/sme/training\"");
        assertThat(STUB.last("POST", "/api/training/network/courses/course-1/enrolments").orElseThrow().body())
                .isEqualTo("{\"enterpriseId\":\"ent-cl-1\"}");
        String again = post("/portal/sme/network-courses/" + SmeWriteFixtures.ASKED_COURSE + "/enrolment", token,
                "enterpriseId=ent-cl-1").body();
        assertThat(again).contains("You already asked for this enterprise; wait for the answer in My training.");
    }
}
