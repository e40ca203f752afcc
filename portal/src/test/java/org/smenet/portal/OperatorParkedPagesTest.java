package org.smenet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The operator's parked dead-letter records on the node page: listed per service with why each was refused (never
 * its payload), Retry and a Discard that asks first, each posted with the person's token to the kit's operator API
 * and answered in place with the outcome or the refusal; the gateway's shared session store shown and, when down,
 * listed as a problem; every text in English, Spanish and Vietnamese; a bad address is a 400 page.
 */
class OperatorParkedPagesTest extends PortalTestBase {

    static final String DLT = "smenet.registry.focal-point.v1.DLT";
    static final String PARKED_ID = "evt-parked-77";

    static String parkedRecord(long offset, String retryOf) {
        return """
                {"topic":"%s","partition":0,"offset":%d,"parkedAt":"2026-11-28T09:30:00Z",
                 "originalTopic":"smenet.registry.focal-point.v1","originalPartition":1,"originalOffset":40,
                 "consumerGroup":"training-designations","eventId":"%s",
                 "type":"org.smenet.registry.focal-point.designated.v1","subject":"fp-cl-parked-9","economy":"CL",
                 "source":"/smenet/CL/registry","eventTime":"2026-11-28T09:29:00Z","reason":"subject-mismatch",
                 "exception":"RejectedRecord","exceptionMessage":"subject-mismatch: record names fp-cl-other",
                 "payloadBytes":312,"retryOf":%s}"""
                .formatted(DLT, offset, PARKED_ID, retryOf == null ? "null" : "\"" + retryOf + "\"");
    }

    static String parkedPage(String... records) {
        return "{\"items\":[" + String.join(",", records) + "],\"page\":0,\"size\":20,\"totalItems\":" + (records.length + 25)
                + ",\"totalPages\":2}";
    }

    @AfterEach
    void resetAnswers() {
        PortalFixtures.cannedAnswers(STUB);
    }

    @Test
    void listsEachServicesParkedRecordsWithRetryAndAConfirmedDiscard() {
        STUB.answer("GET /api/training/operator/parked", 200, parkedPage(parkedRecord(3, DLT + "/0/1")));
        String token = operator();

        String page = get("/portal/operator/health", token, "en").body();

        assertThat(page).contains("Records parked in dead-letter topics", "org.smenet.registry.focal-point.designated.v1",
                "fp-cl-parked-9", "subject-mismatch", "record names fp-cl-other", DLT + " / 0 / 3",
                "smenet.registry.focal-point.v1", PARKED_ID, "Parked again after the retry of", DLT + "/0/1",
                "The oldest 1 of 26 waiting records.", "No record waits for you.",
                "hx-post=\"/portal/operator/parked/training/" + DLT + "/0/3/retry\"",
                "hx-post=\"/portal/operator/parked/training/" + DLT + "/0/3/discard\"",
                "aria-label=\"Retry the record at " + DLT + " / 0 / 3\"", "<summary>Discard…</summary>",
                "Discard this record? It stays in the topic", "Yes, discard it", "hx-disabled-elt=\"find button\"",
                "Working…");
        var asked = STUB.last("GET", "/api/training/operator/parked").orElseThrow();
        assertThat(asked.authorization()).isEqualTo("Bearer " + token);
        assertThat(asked.query()).contains("size=20");
        assertThat(get("/portal/operator/health", token, "es").body())
                .contains("Registros apartados en temas de mensajes fallidos", "Reintentar", "Sí, descartarlo");
        assertThat(get("/portal/operator/health", token, "vi").body())
                .contains("Bản ghi để riêng trong các chủ đề thư lỗi", "Thử lại", "Có, bỏ qua");
    }

    @Test
    void retriesAndDiscardsWithThePersonsTokenAndShowsTheOutcomeInPlace() {
        STUB.answer("POST /api/training/operator/parked/", seen -> new StubBackend.Canned(200, """
                {"record":%s,"action":"%s","by":"operator","at":"2026-11-28T10:00:00Z",
                 "republishedTopic":%s,"republishedPartition":1,"republishedOffset":%s}"""
                .formatted(parkedRecord(3, null), seen.path().endsWith("/retry") ? "RETRIED" : "DISCARDED",
                        seen.path().endsWith("/retry") ? "\"smenet.registry.focal-point.v1\"" : "null",
                        seen.path().endsWith("/retry") ? "57" : "null")));
        String token = operator();

        String retried = post("/portal/operator/parked/training/" + DLT + "/0/3/retry", token, "").body();

        var call = STUB.last("POST", "/api/training/operator/parked/" + DLT + "/0/3/retry").orElseThrow();
        assertThat(call.authorization()).isEqualTo("Bearer " + token);
        assertThat(retried).contains("Sent again to smenet.registry.focal-point.v1 (offset 57).", "role=\"status\"",
                "fp-cl-parked-9").doesNotContain("Yes, discard it").doesNotContain("<html");

        String discarded = post("/portal/operator/parked/training/" + DLT + "/0/3/discard", token, "").body();
        assertThat(STUB.last("POST", "/api/training/operator/parked/" + DLT + "/0/3/discard")).isPresent();
        assertThat(discarded).contains("Discarded: it no longer waits.");
        assertThat(post("/portal/operator/parked/training/" + DLT + "/0/3/discard", token, "").body())
                .contains("Discarded");
    }

    @Test
    void showsTheServicesRefusalInPlaceAndRefusesBadAddresses() {
        STUB.answer("POST /api/registry/operator/parked/", 409, """
                {"type":"https://smenet.org/problems/already-handled","status":409,
                 "detail":"Parked record %s/0/3 was discarded by someone at 2026-11-28"}""".formatted(DLT));
        String token = operator();

        String refused = post("/portal/operator/parked/registry/" + DLT + "/0/3/retry", token, "").body();

        assertThat(refused).contains("role=\"alert\"", "was discarded by someone", "Retry");
        assertThat(post("/portal/operator/parked/gateway/" + DLT + "/0/3/retry", token, "").statusCode()).isEqualTo(400);
        assertThat(post("/portal/operator/parked/registry/" + DLT + "/0/3/replay", token, "").statusCode()).isEqualTo(400);
        assertThat(post("/portal/operator/parked/registry/" + DLT + "/x/3/retry", token, "").statusCode()).isEqualTo(400);
        assertThat(post("/portal/operator/parked/registry/" + DLT + "/0/-3/retry", token, "").statusCode()).isEqualTo(400);
        assertThat(post("/portal/operator/parked/registry/a$b/0/3/retry", token, "").statusCode()).isEqualTo(400);
    }

    @Test
    void showsTheGatewaysSessionStoreAndADownStoreAsAProblem() {
        STUB.answer("GET /actuator/health", 200, "{\"status\":\"UP\",\"components\":{\"sessionStore\":{\"status\":\"UP\"}}}");
        String token = operator();
        assertThat(get("/portal/operator/health", token, "en").body())
                .contains("Shared session store (sign-in)", "the API works without it")
                .doesNotContain("the shared session store does not answer");

        STUB.answer("GET /actuator/health", 503, "{\"status\":\"DOWN\",\"components\":{\"sessionStore\":{\"status\":\"DOWN\"}}}");
        assertThat(get("/portal/operator/health", token, "en").body()).contains(
                "Problem: the shared session store does not answer: nobody can sign in to the portal or stay signed in",
                "⚠ Down");
        assertThat(get("/portal/operator/health", token, "es").body()).contains("el almacén compartido de sesiones no responde");
        assertThat(get("/portal/operator/health", token, "vi").body()).contains("kho phiên dùng chung không trả lời");
        STUB.answer("GET /actuator/health", 200, PortalFixtures.HEALTH_UP); // every other test sees an up node
    }
}
