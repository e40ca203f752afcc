package org.smenet.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The portal in real Chromium (Debian's, headless): every page passes axe-core's WCAG 2.1 A/AA rules without a
 * serious or critical violation on a 375 px wide screen, which it fits (as it fits 1280 px); an anonymous visitor searches the directory by
 * product in words, reads the opportunities and verifies a certificate; an SME completes its profile with the
 * type-ahead pickers and expresses interest in a match; a focal point verifies an enterprise; the language
 * switch works. A signed-in person is simulated as the gateway relays them (bearer token on every request);
 * the real sign-in through the gateway is {@code SignInThroughGatewayTest}. Screenshots go to {@code docs/screenshots}.
 */
@EnabledIf("chromiumInstalled")
class PortalBrowserTest extends PortalTestBase {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("..", "docs", "screenshots");

    static Playwright playwright;
    static Browser browser;

    static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM);
    }

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true));
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void everyPageIsAccessibleAndFitsAPhone() {
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("directory", "/portal/directory?q=coffee");
        pages.put("opportunities", "/portal/opportunities");
        pages.put("courses", "/portal/courses");
        pages.put("consultations", "/portal/consultations");
        pages.put("consultation", "/portal/consultations/cons-1");
        pages.put("certificates", "/portal/certificates?certificate=" + PortalFixtures.CERTIFICATE);
        pages.put("bad-request", "/portal/directory?economy=xx1");
        Map<String, String> smePages = Map.of("profile", "/portal/sme/profile", "matches", "/portal/sme/matches",
                "consultation-answer", "/portal/consultations/cons-1", "opportunities-sme", "/portal/opportunities");
        Map<String, String> focalPages = new java.util.LinkedHashMap<>(Map.of("verification", "/portal/focal/verification",
                "introductions", "/portal/focal/introductions?enterprise=" + PortalFixtures.OWN_ENTERPRISE,
                "funnel", "/portal/focal/funnel"));
        // # focal and operator pages
        focalPages.put("introductions-economy", "/portal/focal/introductions");
        focalPages.put("review", "/portal/focal/opportunities");
        focalPages.put("review-published", "/portal/focal/opportunities?status=PUBLISHED");
        focalPages.put("focal-courses", "/portal/focal/courses");
        focalPages.put("focal-course", "/portal/focal/courses/" + FocalFixtures.COURSE);
        focalPages.put("focal-consultations", "/portal/focal/consultations");
        focalPages.put("focal-summary", "/portal/focal/consultations/cons-1/summary");
        // # end focal and operator pages
        Map<String, String> operatorPages = Map.of("health", "/portal/operator/health");
        // sme pages
        Map<String, String> mySmePages = Map.of("my-opportunities", "/portal/sme/opportunities",
                "my-training", "/portal/sme/training", "subscriptions", "/portal/sme/subscriptions",
                "subscription-webhook", "/portal/sme/subscriptions/" + PortalFixtures.WEBHOOK_SUBSCRIPTION,
                "subscription-feed", "/portal/sme/subscriptions/" + PortalFixtures.SUBSCRIPTION);
        // end sme pages
        // sme writes
        Map<String, String> smeWritePages = Map.of("opportunity-new", "/portal/sme/opportunities/new",
                "opportunity-edit", "/portal/sme/opportunities/" + SmeWriteFixtures.EDITED + "/edit",
                "enrol", "/portal/sme/courses", "enrol-course", "/portal/sme/courses/" + SmeWriteFixtures.COURSE);
        // end sme writes

        for (int width : new int[] {1280, 375}) {
            checkAll(pages, null, width);
            checkAll(smePages, sme(), width);
            checkAll(focalPages, focalPoint(), width);
            checkAll(operatorPages, operator(), width);
            checkAll(mySmePages, sme(), width); // sme pages
            checkAll(smeWritePages, sme(), width); // sme writes
        }
    }

    @Test
    void anAnonymousVisitorSearchesTheDirectoryReadsTheFeedAndVerifiesACertificate() {
        try (BrowserContext context = signedIn(null, 1280)) {
            Page page = context.newPage();
            page.navigate(base() + "/");
            page.getByLabel("What do you make or buy?").fill("coffee");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Search")).click();
            assertThat(page.locator("#results")).containsText("Mekong Sugar Co");
            assertThat(page.locator("#results")).containsText("HS 0901");

            // the directory's own form answers through htmx, without a page load
            page.getByLabel("Economy").selectOption("VN");
            page.locator("form.filters button[type=submit]").click();
            page.waitForURL(url -> url.contains("economy=VN"));
            assertThat(page.locator("#results")).containsText("Mekong Sugar Co");

            page.navigate(base() + "/portal/opportunities");
            assertThat(page.locator("a.feed")).hasAttribute("href", "/api/opportunities/feed.atom");
            assertThat(page.locator("main")).containsText("Buyer seeks green coffee beans");

            page.navigate(base() + "/portal/certificates");
            page.getByLabel("Certificate number").fill(PortalFixtures.CERTIFICATE);
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Verify")).click();
            assertThat(page.locator(".result")).containsText("This certificate is valid");
        }
    }

    @Test
    void switchesLanguageAndKeepsIt() {
        try (BrowserContext context = signedIn(null, 1280)) {
            Page page = context.newPage();
            page.navigate(base() + "/portal/opportunities");
            page.getByText("Español").click();
            assertThat(page.locator("h1")).hasText("Oportunidades");
            assertThat(page.locator("main")).containsText("250.000 USD");
            page.navigate(base() + "/portal/courses");
            assertThat(page.locator("h1")).hasText("Catálogo de cursos");
            page.getByText("Tiếng Việt").click();
            assertThat(page.locator("h1")).hasText("Danh mục khóa học");
            assertThat(page.locator("html")).hasAttribute("lang", "vi");
            screenshot(page, "courses-vi");
        }
    }

    @Test
    void anSmeCompletesItsProfileWithThePickersAndExpressesInterest() {
        try (BrowserContext context = signedIn(sme(), 1280)) {
            Page page = context.newPage();
            page.navigate(base() + "/portal/sme/profile");
            page.getByLabel("Products you seek").fill("cane sugar");
            page.getByText("Add 1701 —").click();
            assertThat(page.locator("#hsSought-chips")).containsText("(1701)");
            page.getByText("Add 1701 —").isVisible();
            page.getByLabel("Products you offer").fill("coffee");
            page.locator("#hsOffered-options button").first().click();
            screenshot(page, "profile");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.locator(".success")).hasText("Your profile is saved.");
            String sent = STUB.last("PUT", "/api/registry/enterprises/" + PortalFixtures.OWN_ENTERPRISE).orElseThrow().body();
            assertThat(sent).contains("\"hsSought\":[\"1701\"]").contains("\"legalName\":\"Café Andes SpA\"");

            page.navigate(base() + "/portal/sme/matches");
            assertThat(page.locator(".reasons")).containsText("You seek Cane or beet sugar");
            screenshot(page, "matches");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("I am interested")).click();
            assertThat(page.locator("#match-" + PortalFixtures.MATCH + " .success")).hasText("Done.");
            assertThat(page.locator("#match-" + PortalFixtures.MATCH)).containsText("Ask my focal point for an introduction");

            page.navigate(base() + "/portal/opportunities");
            page.getByText("I am interested").click();
            page.getByLabel("Your message to the publisher").fill("We roast 20 t a month.");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Send")).click();
            assertThat(page.locator("#interest-opp-1")).containsText("Your interest is sent");
        }
    }

    @Test
    void aFocalPointVerifiesAnEnterpriseAndBrokersAnIntroduction() {
        STUB.answer("GET /api/matchmaking/matches", 200, PortalFixtures.page(PortalFixtures.match("INTRODUCTION_REQUESTED", 5)));
        try (BrowserContext context = signedIn(focalPoint(), 1280)) {
            Page page = context.newPage();
            page.navigate(base() + "/portal/focal/verification");
            screenshot(page, "verification");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Verify Café Andes SpA")).click();
            assertThat(page.locator("#enterprise-" + PortalFixtures.OWN_ENTERPRISE)).containsText("Verified");

            // from the economy's list, without typing an enterprise number (focal and operator pages)
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Introductions")).click();
            assertThat(page.locator("#intro-" + PortalFixtures.MATCH)).containsText(PortalFixtures.PARTNER);
            screenshot(page, "introductions");
            STUB.answer("POST /api/matchmaking/matches/", 200, PortalFixtures.match("INTRODUCED", 6));
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Introduce them")).click();
            assertThat(page.locator("#intro-" + PortalFixtures.MATCH + " .success"))
                    .hasText("Introduced: both enterprises are told.");
            page.waitForCondition(() -> STUB.last("POST", "/api/matchmaking/matches/" + PortalFixtures.MATCH + "/introduction").isPresent());
            assertThat(STUB.last("POST", "/api/matchmaking/matches/" + PortalFixtures.MATCH + "/introduction").orElseThrow().ifMatch())
                    .isEqualTo("\"5\"");
        } finally {
            PortalFixtures.cannedAnswers(STUB);
        }
    }

    // # focal and operator pages
    @Test
    void aFocalPointReviewsAnOpportunityRecordsAttendanceAndReadsTheResults() {
        try (BrowserContext context = signedIn(focalPoint(), 1280)) {
            Page page = context.newPage();
            page.navigate(base() + "/portal/focal/opportunities");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Publish Fresh cherries for Hanoi importers")).click();
            assertThat(page.locator("#opportunity-" + FocalFixtures.SUBMITTED + " .success"))
                    .hasText("Published: the network sees it now.");

            page.navigate(base() + "/portal/focal/courses/" + FocalFixtures.COURSE);
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName(FocalFixtures.ENROLLED + " attended")).click();
            assertThat(page.locator("#place-" + FocalFixtures.SESSION + "-" + FocalFixtures.ENROLLED))
                    .containsText("Attendance recorded.");
            assertThat(STUB.last("POST", "/api/training/sessions/" + FocalFixtures.SESSION + "/attendance").orElseThrow()
                    .body()).contains(FocalFixtures.ENROLLED);

            page.navigate(base() + "/portal/focal/consultations");
            page.getByText("Results of “Single window for exporters”").click();
            assertThat(page.locator("h1")).hasText("Consultation results");
            assertThat(page.locator("main")).containsText("1,234 answers");
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.TABLE,
                    new Page.GetByRoleOptions().setName("Respondents by sector"))).containsText("700");
        }
    }

    @Test
    void theOperatorSeesEachServicesProblemsAndChecksAgainWithProgressShown() {
        try (BrowserContext context = signedIn(operator(), 1280)) {
            Page page = context.newPage();
            page.navigate(base() + "/portal/operator/health");
            assertThat(page.locator(".problems")).containsText("consumer group matchmaking lags 250 records");
            assertThat(page.locator(".problems")).containsText("2 records in dead-letter topic");
            assertThat(page.locator("#service-matchmaking")).containsText("VN (VN)");
            assertThat(page.locator("#checking")).isHidden();

            // the next check waits for matchmaking until the test has seen the page say that it is asking
            java.util.concurrent.CountDownLatch answer = new java.util.concurrent.CountDownLatch(1);
            STUB.answer("GET /api/matchmaking/operator/status", seen -> {
                try {
                    answer.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new StubBackend.Canned(200, FocalFixtures.status("matchmaking", 0, 0, 0));
            });
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Check again")).click();
            assertThat(page.locator("#checking")).isVisible();
            answer.countDown();
            assertThat(page.locator(".problems")).not().containsText("consumer group matchmaking lags");
            assertThat(page.locator(".problems")).containsText("2 records in dead-letter topic");
        } finally {
            PortalFixtures.cannedAnswers(STUB);
        }
    }

    @Test
    void theOperatorRetriesAParkedRecordAndDiscardsAnotherOnlyAfterConfirming() {
        String dlt = OperatorParkedPagesTest.DLT;
        STUB.answer("GET /api/training/operator/parked", 200, OperatorParkedPagesTest.parkedPage(
                OperatorParkedPagesTest.parkedRecord(3, null), OperatorParkedPagesTest.parkedRecord(4, dlt + "/0/1")));
        STUB.answer("POST /api/training/operator/parked/", seen -> new StubBackend.Canned(200, """
                {"record":%s,"action":"%s","by":"operator","at":"2026-11-28T10:00:00Z",
                 "republishedTopic":"smenet.registry.focal-point.v1","republishedPartition":1,"republishedOffset":57}"""
                .formatted(OperatorParkedPagesTest.parkedRecord(seen.path().contains("/0/3/") ? 3 : 4, null),
                        seen.path().endsWith("/retry") ? "RETRIED" : "DISCARDED")));
        try (BrowserContext context = signedIn(operator(), 375)) {
            Page page = context.newPage();
            page.navigate(base() + "/portal/operator/health");
            List<Rule> violations = new AxeBuilder(page)
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze().getViolations();
            assertThat(violations.stream().filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                    .map(Rule::getId).toList()).as("axe on the parked records at 375 px").isEmpty();
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);

            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Retry the record at " + dlt + " / 0 / 3")).click();
            assertThat(page.locator("#service-training")).containsText("Sent again to smenet.registry.focal-point.v1 (offset 57).");

            var discard = page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Discard the record at " + dlt + " / 0 / 4"));
            assertThat(discard).isHidden();
            page.locator("#service-training summary", new Page.LocatorOptions().setHasText("Discard…")).last().click();
            assertThat(page.locator("#service-training")).containsText("Discard this record?");
            discard.click();
            assertThat(page.locator("#service-training")).containsText("Discarded: it no longer waits.");
            assertThat(STUB.last("POST", "/api/training/operator/parked/" + dlt + "/0/4/discard")).isPresent();
        } finally {
            PortalFixtures.cannedAnswers(STUB);
        }
    }
    // # end focal and operator pages
    // sme pages
    @Test
    void anSmeSeesANewMatchingOpportunityAppearWithoutAReloadAndAnswersTheInterestItReceived() {
        String stream = "/api/opportunities/subscriptions/" + PortalFixtures.SUBSCRIPTION + "/stream";
        try (BrowserContext context = signedIn(sme(), 1280)) {
            Page page = context.newPage();
            long before = STUB.seen().stream().filter(s -> s.path().equals(stream)).count();
            page.navigate(base() + "/portal/sme/subscriptions/" + PortalFixtures.SUBSCRIPTION);
            page.evaluate("() => { window.sameDocument = 'yes'; }");
            // the page's EventSource reached the portal, which opened the subscription's stream upstream
            page.waitForCondition(() -> STUB.seen().stream().filter(s -> s.path().equals(stream)).count() > before);
            assertThat(page.locator("#live-list li")).hasCount(0);

            LIVE.send("cur-100", "org.smenet.opportunities.opportunity.listed.v1",
                    PortalFixtures.listed("opp-vn-11", "Robusta beans wanted in Da Nang"));
            assertThat(page.locator("#live-list")).containsText("Robusta beans wanted in Da Nang");
            assertThat(page.locator("#live-opp-vn-11")).containsText("Viet Nam");
            assertThat(page.evaluate("() => window.sameDocument")).as("no reload").isEqualTo("yes");
            screenshot(page, "subscription-live");

            page.navigate(base() + "/portal/sme/opportunities");
            screenshot(page, "my-opportunities");
            page.locator("#interest-" + PortalFixtures.RECEIVED_INTEREST).getByRole(
                    com.microsoft.playwright.options.AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept")).click();
            assertThat(page.locator("#interest-" + PortalFixtures.RECEIVED_INTEREST + " .success"))
                    .containsText("Accepted: your contact is now shared");

            page.navigate(base() + "/portal/sme/training");
            page.getByText("Verification link (anyone can check it)").click();
            assertThat(page.locator(".result")).containsText("This certificate is valid");
        }
    }
    // end sme pages

    // sme writes
    @Test
    void anSmeDraftsAnOpportunityFixesWhatTheFormAsksAndSubmitsItForReview() {
        try (BrowserContext context = signedIn(sme(), 1280)) {
            Page page = context.newPage();
            page.navigate(base() + "/portal/sme/opportunities");
            page.getByText("New opportunity").first().click();
            page.waitForURL("**/portal/sme/opportunities/new");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Save draft")).click();
            assertThat(page.locator("#title-error")).hasText("Please fill this in.");
            assertThat(page.locator("#title")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#title")).hasAttribute("aria-describedby", "title-error");
            assertThat(page.locator(".error-summary")).containsText("Deadline: Please fill this in.");
            screenshot(page, "opportunity-errors");

            page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Organic quinoa for Hanoi buyers");
            page.getByLabel("Description", new Page.GetByLabelOptions().setExact(true)).fill("Quinoa, 5 t a month.");
            page.getByLabel("Products (HS codes)").fill("coffee");
            page.locator("#hsCodes-options button").first().click();
            assertThat(page.locator("#hsCodes-chips")).containsText("(09");
            page.getByLabel("Deadline").fill(java.time.LocalDate.now().plusYears(1).toString());
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Save draft")).click();
            assertThat(page.locator("#editor .success")).hasText("Draft saved. Submit it for review when it is ready.");
            page.waitForURL("**/portal/sme/opportunities/" + SmeWriteFixtures.NEW_DRAFT + "/edit");
            assertThat(STUB.last("POST", "/api/opportunities/opportunities").orElseThrow().body())
                    .contains("\"title\":\"Organic quinoa for Hanoi buyers\"", "\"hsCodes\":[\"09");

            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Submit for review")).click();
            assertThat(page.locator("#mine-" + SmeWriteFixtures.NEW_DRAFT + " .success"))
                    .hasText("Submitted: a focal point reviews it now.");
        }
    }

    @Test
    void anSmeEnrolsItsEnterpriseAndCancelsPlacesInPlace() {
        try (BrowserContext context = signedIn(sme(), 1280)) {
            Page page = context.newPage();
            page.navigate(base() + "/portal/sme/courses/" + SmeWriteFixtures.COURSE);
            screenshot(page, "enrol-course");
            page.locator("#session-" + SmeWriteFixtures.OPEN_SESSION).getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Enrol")).click();
            assertThat(page.locator("#session-" + SmeWriteFixtures.OPEN_SESSION + " .success"))
                    .hasText("Enrolled: Café Andes SpA has a seat.");

            page.locator("#session-" + SmeWriteFixtures.FULL_SESSION).getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Cancel my place")).click();
            assertThat(page.locator("#session-" + SmeWriteFixtures.FULL_SESSION + " .success"))
                    .hasText("Cancelled: the place of Café Andes SpA is given up.");

            page.navigate(base() + "/portal/sme/training");
            page.locator("#place-" + SmeWriteFixtures.TRAINING_SESSION + "-ent-cl-1").getByRole(
                    com.microsoft.playwright.options.AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel my place")).click();
            assertThat(page.locator("#place-" + SmeWriteFixtures.TRAINING_SESSION + "-ent-cl-1 .success"))
                    .hasText("Cancelled: the place of Café Andes SpA is given up.");
        }
    }
    // end sme writes

    private void checkAll(Map<String, String> pages, String token, int width) {
        try (BrowserContext context = signedIn(token, width)) {
            Page page = context.newPage();
            for (var entry : pages.entrySet()) {
                page.navigate(base() + entry.getValue());
                page.waitForLoadState();
                Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                assertThat(((Number) overflow).intValue()).as("horizontal overflow of %s at %d px", entry.getKey(), width)
                        .isLessThanOrEqualTo(0);
                if (width != 375) {
                    // the wide layout: looked at in the screenshots; axe runs on the phone layout, where more can go wrong
                    if (List.of("home", "directory", "funnel", "health",
                            /* focal and operator pages */ "review", "focal-course", "focal-summary").contains(entry.getKey())) {
                        screenshot(page, entry.getKey());
                    }
                    continue;
                }
                List<Rule> violations = new AxeBuilder(page)
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze().getViolations();
                List<String> severe = violations.stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                        .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getNodes().stream()
                                .map(n -> n.getTarget().toString()).collect(Collectors.joining(", ")))
                        .toList();
                assertThat(severe).as("axe on %s at %d px", entry.getKey(), width).isEmpty();
                if (List.of("home", "directory", "profile", "matches",
                        /* focal and operator pages */ "health", "focal-summary").contains(entry.getKey())) {
                    screenshot(page, entry.getKey() + "-375");
                }
            }
        }
    }

    private BrowserContext signedIn(String token, int width) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(width, width == 375 ? 812 : 900)
                .setLocale("en-US");
        if (token != null) {
            options.setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + token));
        }
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(15_000);
        return context;
    }

    private static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("portal-" + name + ".png")).setFullPage(true));
    }
}
