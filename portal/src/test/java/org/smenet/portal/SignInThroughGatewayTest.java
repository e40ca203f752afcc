package org.smenet.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real sign-in: the built identity provider and gateway jars run as their own processes (as {@code ./smenet up}
 * runs them), the portal is this test's application, the services are a stub. A person signs in on the identity
 * provider's form (authorization code + PKCE through the gateway), the portal receives their token from the gateway
 * and never the browser, and signing out ends the session at the issuer. Skipped when the jars are not built
 * ({@code ./mvnw verify} builds them before this module) or Chromium is missing.
 */
@EnabledIf("runnable")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class SignInThroughGatewayTest {

    static final Path IDENTITY_JAR = jar("../infra/identity/target", "identity-");
    static final Path GATEWAY_JAR = jar("../gateway/target", "gateway-");
    static final StubBackend SERVICES = new StubBackend();
    static final int PORTAL_PORT = freePort();
    static final int IDENTITY_PORT = freePort();
    static final int GATEWAY_PORT = freePort();
    static final List<Process> PROCESSES = new ArrayList<>();

    static Playwright playwright;
    static Browser browser;

    static boolean runnable() {
        return IDENTITY_JAR != null && GATEWAY_JAR != null && Files.isExecutable(PortalBrowserTest.CHROMIUM);
    }

    @DynamicPropertySource
    static void node(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORTAL_PORT);
        registry.add("SMENET_ISSUER_URI", SignInThroughGatewayTest::issuer);
        for (String name : new String[] {"SMENET_REGISTRY_URI", "SMENET_MATCHMAKING_URI", "SMENET_OPPORTUNITIES_URI",
                "SMENET_TRAINING_URI", "SMENET_CONSULTATION_URI"}) {
            registry.add(name, SERVICES::baseUrl);
        }
    }

    @BeforeAll
    static void startIdentityProviderAndGateway() throws IOException {
        Path run = Files.createTempDirectory("smenet-signin");
        String gateway = "http://127.0.0.1:" + GATEWAY_PORT;
        PROCESSES.add(launch("identity", IDENTITY_JAR, run, List.of(),
                "--server.port=" + IDENTITY_PORT, "--smenet.identity.issuer-uri=" + issuer(),
                "--smenet.identity.key-file=" + run.resolve("jwk.json"),
                "--smenet.identity.portal.redirect-uris[0]=" + gateway + "/login/oauth2/code/portal",
                "--smenet.identity.portal.post-logout-redirect-uris[0]=" + gateway + "/"));
        PROCESSES.add(launch("gateway", GATEWAY_JAR, run,
                List.of("SMENET_ISSUER_URI=" + issuer(), "SMENET_PORTAL_URI=http://127.0.0.1:" + PORTAL_PORT,
                        "SMENET_REGISTRY_URI=" + SERVICES.baseUrl()),
                "--server.port=" + GATEWAY_PORT, "--smenet.gateway.rate-limit.redis-url=",
                // one gateway, no document store here: sessions in its process (the shared store is tested in
                // the gateway's SharedSessionsTest)
                "--smenet.gateway.sessions.store=memory",
                "--smenet.gateway.allowed-origins=" + gateway));
        awaitHealthy(issuer() + "/actuator/health");
        awaitHealthy(gateway + "/actuator/health");
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(PortalBrowserTest.CHROMIUM).setHeadless(true));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (playwright != null) {
            playwright.close();
        }
        for (Process process : PROCESSES) {
            process.destroy();
        }
        for (Process process : PROCESSES) {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        SERVICES.close();
    }

    /** The portal's first page on a loaded machine can take longer than the gateway's time limit: warm it first. */
    @BeforeEach
    void warmUp() {
        awaitHealthy("http://127.0.0.1:" + PORTAL_PORT + "/actuator/health");
        HttpClient http = HttpClient.newHttpClient();
        Awaitility.await("the portal's home page").atMost(Duration.ofSeconds(60)).until(() -> http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORTAL_PORT + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
    }

    @Test
    void anSmeSignsInThroughTheGatewayAndItsTokenReachesOnlyThePortal() {
        String gateway = "http://127.0.0.1:" + GATEWAY_PORT;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            page.navigate(gateway + "/");
            assertThat(page.locator("h1")).hasText("SMEs of Asia-Pacific, connected");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();

            // the identity provider's own sign-in form
            page.waitForURL(url -> url.startsWith(issuer() + "/login"));
            page.locator("#username").fill("sme-cl");
            page.locator("#password").fill("demo");
            page.locator("button[type=submit]").click();

            try {
                page.waitForURL(url -> url.startsWith(gateway + "/portal"));
            } catch (com.microsoft.playwright.TimeoutError stuck) {
                throw new AssertionError("after signing in the browser is at " + page.url() + ":\n"
                        + page.content().substring(0, Math.min(1500, page.content().length())), stuck);
            }
            assertThat(page.locator("header")).containsText("Signed in as sme-cl");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My profile")).click();
            assertThat(page.locator("h1")).hasText("Your enterprise's profile");
            String relayed = SERVICES.last("GET", "/api/registry/enterprises/mine").orElseThrow().authorization();
            assertThat(relayed).startsWith("Bearer ");
            String claims = new String(Base64.getUrlDecoder().decode(relayed.substring(7).split("\\.")[1]),
                    StandardCharsets.UTF_8);
            assertThat(claims).contains("\"sub\":\"sme-cl\"", "\"economy\":\"CL\"", "\"SME\"");

            // no token in the browser: not in its storage, not in a cookie, not in the page
            String token = relayed.substring(7);
            String stored = String.valueOf(page.evaluate("() => JSON.stringify([Object.entries(localStorage), "
                    + "Object.entries(sessionStorage)])"));
            assertThat(stored).as("browser storage").doesNotContain(token).doesNotContain("eyJ");
            assertThat(page.content()).doesNotContain(token);
            for (Cookie cookie : context.cookies(gateway)) {
                assertThat(cookie.value).doesNotContain(token).doesNotStartWith("eyJ");
                if (cookie.name.equals("SESSION")) {
                    assertThat(cookie.httpOnly).isTrue();
                }
            }

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            page.waitForURL(url -> url.equals(gateway + "/"));
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        }
    }

    @Test
    void servesThePortalThroughTheGatewayWithItsSecurityHeaders() throws Exception {
        HttpResponse<String> home = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + GATEWAY_PORT + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'"));
        assertThat(home.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("XSRF-TOKEN=") && c.toLowerCase(java.util.Locale.ROOT).contains("httponly"));
        assertThat(home.body()).contains("hx-headers=\"{&quot;X-XSRF-TOKEN&quot;:&quot;");
    }

    private static String issuer() {
        return "http://127.0.0.1:" + IDENTITY_PORT;
    }

    private static Process launch(String name, Path jar, Path run, List<String> environment, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dsmenet.node=test-" + name, "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(run.toFile())
                .redirectErrorStream(true).redirectOutput(Paths.get("target", "signin-" + name + ".log").toFile());
        for (String variable : environment) {
            String[] pair = variable.split("=", 2);
            builder.environment().put(pair[0], pair[1]);
        }
        return builder.start();
    }

    private static void awaitHealthy(String url) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Awaitility.await(url).atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(250)).until(() -> {
            for (Process process : PROCESSES) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("a node process ended while starting; see target/signin-*.log");
                }
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"");
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    private static Path jar(String directory, String prefix) {
        try (Stream<Path> files = Files.list(Paths.get(directory))) {
            Optional<Path> found = files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".jar") && !f.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst();
            return found.map(Path::toAbsolutePath).orElse(null);
        } catch (IOException | UncheckedIOException noDirectory) {
            return null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
