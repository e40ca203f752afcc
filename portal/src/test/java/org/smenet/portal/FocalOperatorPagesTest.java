package org.smenet.portal;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The focal point's and the operator's pages: the introductions of the economy without naming an enterprise,
 * opportunity review, courses with sessions and attendance, consultation results as charts with their numbers,
 * and the node's status per service with its problems first; each write as the service's API with the person's
 * token; every page in English, Spanish and Vietnamese.
 */
class FocalOperatorPagesTest extends PortalTestBase {


    @AfterEach
    void resetAnswers() {
        PortalFixtures.cannedAnswers(STUB);
    }

    @Test
    void listsTheIntroductionsAskedInTheEconomyWithoutAnEnterpriseAndBrokersOne() {
        STUB.answer("GET /api/matchmaking/matches", 200,
                PortalFixtures.page(PortalFixtures.match("INTRODUCTION_REQUESTED", 5)));
        String token = focalPoint();

        String page = get("/portal/focal/introductions", token, "en").body();

        assertThat(page).contains(PortalFixtures.OWN_ENTERPRISE, PortalFixtures.PARTNER, "Café Andes SpA", "Mekong Sugar Co", "Viet Nam",
                "Introduce them", "Working…");
        assertThat(STUB.last("GET", "/api/registry/network/enterprises/" + PortalFixtures.PARTNER)).isPresent();
        var call = STUB.last("GET", "/api/matchmaking/matches").orElseThrow();
        assertThat(call.query()).contains("stage=INTRODUCTION_REQUESTED").doesNotContain("enterpriseId");
        assertThat(call.authorization()).isEqualTo("Bearer " + token);

        assertThat(get("/portal/focal/introductions?enterprise=ent-cl-1", token, "en").body()).contains("Introduce them");
        assertThat(STUB.last("GET", "/api/matchmaking/matches").orElseThrow().query()).contains("enterpriseId=ent-cl-1");

        STUB.answer("POST /api/matchmaking/matches/", 200, PortalFixtures.match("INTRODUCED", 6));
        String card = post("/portal/focal/matches/" + PortalFixtures.MATCH + "/introduction", token, "version=5").body();
        assertThat(card).contains("Introduced: both enterprises are told.", "Mekong Sugar Co");
        assertThat(STUB.last("POST", "/api/matchmaking/matches/" + PortalFixtures.MATCH + "/introduction").orElseThrow()
                .ifMatch()).isEqualTo("\"5\"");

        STUB.answer("GET /api/matchmaking/matches", 200, PortalFixtures.page());
        assertThat(get("/portal/focal/introductions", token, "es").body())
                .contains("Ninguna presentación espera en su economía.");
    }

    @Test
    void reviewsTheOpportunitiesOfItsEconomy() {
        String token = focalPoint();
        String page = get("/portal/focal/opportunities", token, "en").body();
        assertThat(page).contains("Fresh cherries for Hanoi importers", "Waiting for review", "Publish", "Reject…");
        assertThat(STUB.last("GET", "/api/opportunities/opportunities").orElseThrow().query())
                .contains("status=SUBMITTED", "origin=CL");

        String published = post("/portal/focal/opportunities/" + FocalFixtures.SUBMITTED + "/publication", token, "").body();
        assertThat(published).contains("Published: the network sees it now.").doesNotContain("Reject…");
        assertThat(STUB.last("POST", "/api/opportunities/opportunities/opp-2/publication").orElseThrow().authorization())
                .isEqualTo("Bearer " + token);

        String rejected = post("/portal/focal/opportunities/" + FocalFixtures.SUBMITTED + "/rejection", token,
                "reason=Prices+are+missing").body();
        assertThat(rejected).contains("Rejected: the publisher is told why.", "Prices are missing");
        assertThat(STUB.last("POST", "/api/opportunities/opportunities/opp-2/rejection").orElseThrow().body())
                .isEqualTo("{\"reason\":\"Prices are missing\"}");

        assertThat(get("/portal/focal/opportunities?status=PUBLISHED", token, "vi").body())
                .contains("Duyệt cơ hội", "Buyer seeks green coffee beans");
        assertThat(get("/portal/focal/opportunities?status=DRAFTS", token, "en").statusCode()).isEqualTo(400);
    }

    @Test
    void showsARefusalOfTheReviewInPlace() {
        STUB.answer("POST /api/opportunities/opportunities/" + FocalFixtures.SUBMITTED + "/", 403,
                "{\"status\":403,\"detail\":\"not a designated focal point\"}");
        STUB.answer("GET /api/opportunities/opportunities/", 200,
                FocalFixtures.opportunity(FocalFixtures.SUBMITTED, "SUBMITTED", "Fresh cherries for Hanoi importers"));
        String row = post("/portal/focal/opportunities/" + FocalFixtures.SUBMITTED + "/publication", focalPoint(), "").body();
        assertThat(row).contains("You may not do this", "Fresh cherries for Hanoi importers", "Publish");
    }

    @Test
    void publishesACourseSchedulesASessionAndRecordsAttendance() {
        String token = focalPoint();
        assertThat(get("/portal/focal/courses", token, "es").body())
                .contains("Cursos de su economía", "Rules of origin for fruit exporters", "Reglas de la OMC y de origen");

        String published = post("/portal/focal/courses", token,
                "title=Rules+of+origin&summary=CPTPP&topic=WTO_RULES&level=INTRODUCTORY&language=es&delivery=ONLINE"
                        + "&networkVisible=on").body();
        assertThat(published).contains("The course is published.", "/portal/focal/courses/course-cl-1");
        assertThat(STUB.last("POST", "/api/training/courses").orElseThrow().body())
                .contains("\"title\":\"Rules of origin\"", "\"topic\":\"WTO_RULES\"", "\"networkVisible\":true");

        String course = get("/portal/focal/courses/" + FocalFixtures.COURSE, token, "en").body();
        assertThat(course).contains("Rules of origin for fruit exporters", "20 seats, 18 left", "1 waiting",
                "Enrolled", "Waiting list", "ent-cl-5 attended");

        String scheduled = post("/portal/focal/courses/" + FocalFixtures.COURSE + "/sessions", token,
                "startsAt=2026-12-10T13:00&endsAt=2026-12-10T16:00&enrolmentDeadline=2026-12-05T00:00&capacity=20"
                        + "&waitlistEnabled=on&location=Santiago").body();
        assertThat(scheduled).contains("The session is scheduled.");
        assertThat(STUB.last("POST", "/api/training/courses/course-cl-1/sessions").orElseThrow().body())
                .contains("\"startsAt\":\"2026-12-10T13:00:00Z\"", "\"capacity\":20", "\"waitlistEnabled\":true");

        String place = post("/portal/focal/sessions/" + FocalFixtures.SESSION + "/attendance", token,
                "enterpriseId=" + FocalFixtures.ENROLLED).body();
        assertThat(place).contains("Attendance recorded.", "Attended").doesNotContain("<form");
        assertThat(STUB.last("POST", "/api/training/sessions/session-1/attendance").orElseThrow().body())
                .isEqualTo("{\"enterpriseId\":\"ent-cl-5\"}");

        assertThat(post("/portal/focal/courses/" + FocalFixtures.COURSE + "/sessions", token,
                "startsAt=2026-13-10T13:00&endsAt=2026-12-10T16:00&enrolmentDeadline=2026-12-05T00:00&capacity=20")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void showsAConsultationsResultsAsChartsWithTheirNumbers() {
        String token = focalPoint();
        assertThat(get("/portal/focal/consultations", token, "en").body())
                .contains("Single window for exporters", "/portal/focal/consultations/cons-1/summary", "Open");
        assertThat(STUB.last("GET", "/api/consultation/consultations").orElseThrow().query()).contains("economy=CL");

        String results = get("/portal/focal/consultations/cons-1/summary", token, "en").body();
        assertThat(results).contains("1,234 answers", "Respondents by sector", "Respondents by economy", "Chile",
                "Not a registered enterprise", "Manufacturing (C)", "Micro", "How do you file today?", "On paper", "60%", "720", "1. Scope",
                "class=\"bar\"", "aria-hidden=\"true\"", "<caption");
        assertThat(get("/portal/focal/consultations/cons-1/summary", token, "es").body()).contains("1.234 respuestas");
        assertThat(get("/portal/focal/consultations/cons-1/summary", token, "vi").body()).contains("Kết quả tham vấn");
    }

    @Test
    void showsTheOperatorEachServicesStatusWithItsProblemsFirst() {
        String token = operator();
        String page = get("/portal/operator/health", token, "en").body();

        assertThat(page).contains("things need you",
                "Problem: consumer group matchmaking lags 250 records behind on smenet.public.registry.enterprise.v1.",
                "Problem: 2 records in dead-letter topic smenet.public.registry.enterprise.v1.DLT.",
                "Problem: 4 events wait to be published, the oldest for 120 s.",
                "VN (VN)", "VN.smenet.public.registry.enterprise.v1", "Check again", "Asking every service…");
        assertThat(STUB.last("GET", "/api/training/operator/status").orElseThrow().authorization())
                .isEqualTo("Bearer " + token);

        STUB.answer("GET /api/training/operator/status", 403, "{\"status\":403,\"detail\":\"no\"}");
        assertThat(get("/portal/operator/health", token, "es").body())
                .contains("Problema: no se pudo leer su estado (HTTP 403).");
        assertThat(get("/portal/operator/health", token, "vi").body()).contains("Sự cố");
        assertThat(get("/portal/operator/health", focalPoint(), "en").body()).contains("for the node")
                .doesNotContain("Check again");
    }
}
