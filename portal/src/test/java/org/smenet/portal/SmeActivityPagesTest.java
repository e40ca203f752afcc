package org.smenet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * An SME's own pages over the services' APIs: its opportunities with the interest received (accepted or declined
 * through the opportunities API), the interest it expressed here and abroad, its enrolments and certificates, its
 * subscriptions (created, deleted, a webhook's delivery log, the Atom feed) and the live list of new matches fed by
 * the subscription's stream — always with the person's relayed token, which never reaches the browser.
 */
class SmeActivityPagesTest extends PortalTestBase {


    @Test
    void showsTheSmesOpportunitiesWithTheInterestReceivedAndWhatItExpressed() {
        String token = sme();
        String page = get("/portal/sme/opportunities", token, "en").body();

        assertThat(page).contains("Green coffee beans for export", "Published", "Cold-brew partner wanted", "Draft",
                "Introduced, waiting for an answer", "Contact: Linh, linh@mekong.example", "Accept", "Decline",
                "Sent, waiting for an introduction", "A focal point introduces this firm to you first")
                .contains("Rice husk pellets wanted", "abroad", "Sent to that economy, waiting for its node")
                .contains("Contact: Ana, ana@cafe.example")
                .doesNotContain(token);
        assertThat(STUB.last("GET", "/api/opportunities/opportunities").orElseThrow().query()).contains("mine=true");
        assertThat(STUB.last("GET", "/api/opportunities/opportunities/opp-1/interests").orElseThrow().authorization())
                .isEqualTo("Bearer " + token);
        assertThat(get("/portal/sme/opportunities", null, "en").body()).contains("This page is for SMEs");
    }

    @Test
    void acceptsAnIntroducedInterestThroughTheOpportunitiesApi() {
        String token = sme();
        String card = post("/portal/sme/interests/" + PortalFixtures.RECEIVED_INTEREST + "/acceptance", token, "").body();
        assertThat(card).contains("Accepted: your contact is now shared").doesNotContain(">Accept<");
        assertThat(STUB.last("POST", "/api/opportunities/interests/" + PortalFixtures.RECEIVED_INTEREST + "/acceptance")
                .orElseThrow().authorization()).isEqualTo("Bearer " + token);
        assertThat(post("/portal/sme/interests/int-1/declination", token, "").body()).contains("Declined.");
        assertThat(post("/portal/sme/interests/int-1/deletion", token, "").statusCode()).isEqualTo(400);
    }

    @Test
    void listsEnrolmentsAndCertificatesWithTheirVerificationLinkInTheReadersLanguage() {
        String page = get("/portal/sme/training", sme(), "en").body();
        assertThat(page).contains("SPS requirements for fresh fruit exports", "On the waiting list",
                "number 2 on the waiting list", "Talca", "Café Andes SpA", "Export readiness for food SMEs",
                "href=\"/portal/certificates?certificate=" + PortalFixtures.CERTIFICATE + "\"",
                "Courses of other economies", "Selling online to Viet Nam", "Not accepted", "Reason: session-full");
        assertThat(get("/portal/sme/training", sme(), "es").body()).contains("En lista de espera", "Enlace de verificación");
        assertThat(get("/portal/sme/training", sme(), "vi").body()).contains("Trong danh sách chờ", "Liên kết xác minh");
    }

    @Test
    void listsCreatesAndDeletesSubscriptionsAndShowsAWebhooksDeliveryLog() {
        String token = sme();
        String list = get("/portal/sme/subscriptions", token, "en").body();
        assertThat(list).contains("Feed (Atom and live on this site)", "https://agency.example/hook", "Coffee", "Viet Nam",
                "“coffee”", "Buy request");

        String created = post("/portal/sme/subscriptions", token,
                "channel=WEBHOOK&webhookUrl=https%3A%2F%2Fagency.example%2Fhook&kinds=BUY_REQUEST&hsPrefixes=0901"
                        + "&originEconomies=VN&keywords=coffee%2C+arabica").body();
        assertThat(created).contains("Your subscription is saved", "whsec_c2VjcmV0LXNob3duLW9uY2UtMTIzNDU2", "shown only once");
        var call = STUB.last("POST", "/api/opportunities/subscriptions").orElseThrow();
        assertThat(call.body()).contains("\"channel\":\"WEBHOOK\"", "\"webhookUrl\":\"https://agency.example/hook\"",
                "\"kinds\":[\"BUY_REQUEST\"]", "\"hsPrefixes\":[\"0901\"]", "\"originEconomies\":[\"VN\"]",
                "\"keywords\":[\"coffee\",\"arabica\"]");
        assertThat(call.authorization()).isEqualTo("Bearer " + token);

        // the products of a subscription come from the same type-ahead as the profile's
        assertThat(get("/portal/pickers/hs?field=hsPrefixes&q=coffee", token, "en").body()).contains("Add 0901 —", "hsPrefixes");
        assertThat(get("/portal/pickers/chip?field=hsPrefixes&code=0901", token, "en").body())
                .contains("name=\"hsPrefixes\"", "value=\"0901\"");

        assertThat(post("/portal/sme/subscriptions/sub-2/deletion", token, "").body()).contains("This subscription is deleted");
        assertThat(STUB.last("DELETE", "/api/opportunities/subscriptions/sub-2")).isPresent();

        String log = get("/portal/sme/subscriptions/" + PortalFixtures.WEBHOOK_SUBSCRIPTION, token, "en").body();
        assertThat(log).contains("Delivery log", "evt-7", "Delivered", "HTTP 200", "evt-8", "Given up", "connect timed out");
        assertThat(get("/portal/sme/subscriptions/" + PortalFixtures.SUBSCRIPTION + "/feed.atom", token, "en").body())
                .contains("Opportunities for subscription sub-1");
    }

    @Test
    void relaysTheSubscriptionsStreamAsCardsWithThePersonsTokenUpstreamOnly() throws Exception {
        String token = sme();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/portal/sme/subscriptions/"
                        + PortalFixtures.SUBSCRIPTION + "/live"))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "es").header("Last-Event-ID", "cur-41")
                .build();
        HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> LIVE.open() > 0);
        var upstream = STUB.last("GET", "/api/opportunities/subscriptions/" + PortalFixtures.SUBSCRIPTION + "/stream")
                .orElseThrow();
        assertThat(upstream.authorization()).isEqualTo("Bearer " + token);
        assertThat(upstream.body()).as("Last-Event-ID passed on").isEqualTo("cur-41");

        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            CompletableFuture<String> card = CompletableFuture.supplyAsync(() -> {
                StringBuilder event = new StringBuilder();
                try {
                    for (String line; (line = lines.readLine()) != null; ) {
                        event.append(line).append('\n');
                        if (line.startsWith("data:") && line.contains("live-opp-vn-9")) {
                            return event.toString();
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return event.toString();
            });
            LIVE.send("cur-42", "org.smenet.opportunities.opportunity.updated.v1", "{\"ignored\":true}");
            LIVE.send("cur-43", "org.smenet.opportunities.opportunity.listed.v1",
                    PortalFixtures.listed("opp-vn-9", "Roasted coffee for Hanoi cafés"));
            String event = card.get(15, TimeUnit.SECONDS);
            assertThat(event).contains("id:cur-43", "event:opportunity", "Roasted coffee for Hanoi cafés", "Viet Nam",
                    "Nueva", "Solicitud de compra")
                    .doesNotContain("cur-42", token, "\"opportunityId\"");
        }
    }

    @Test
    void answersNoContentForASubscriptionThatIsNotTheViewersSoTheBrowserStopsReconnecting() {
        STUB.answer("GET /api/opportunities/subscriptions/sub-other", 404, "{\"status\":404,\"detail\":\"no such subscription\"}");
        assertThat(get("/portal/sme/subscriptions/sub-other/live", sme(), "en").statusCode()).isEqualTo(204);
        assertThat(get("/portal/sme/subscriptions/" + PortalFixtures.SUBSCRIPTION + "/live", null, "en").statusCode())
                .isEqualTo(204);
        assertThat(STUB.last("GET", "/api/opportunities/subscriptions/sub-other/stream")).isEmpty();
    }

    @Test
    void offersSubscriptionsToAFocalPointToo() {
        assertThat(get("/portal/focal/funnel", focalPoint(), "en").body()).contains("href=\"/portal/sme/subscriptions\"");
        assertThat(get("/portal/sme/subscriptions", focalPoint(), "en").body()).contains("New subscription");
    }
}
