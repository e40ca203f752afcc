package org.smenet.registry.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.smenet.registry.RegistryTestSupport;
import org.smenet.testsupport.NodeInfrastructure;
import org.smenet.testsupport.TestIssuer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The registry checks every token itself (defence in depth): signature, issuer, audience, expiry. */
@SpringBootTest
@NodeInfrastructure
class TokenValidationTest {

    static final TestIssuer ISSUER = new TestIssuer();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> ISSUER.issuer() + "/oauth2/jwks");
    }

    @AfterAll
    static void stop() {
        ISSUER.close();
    }

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc() {
        return RegistryTestSupport.mockMvc(context);
    }

    @Test
    void acceptsATokenOfTheTrustedIssuerForTheNetworkAudience() throws Exception {
        mvc().perform(get("/api/registry/enterprises").header("Authorization", "Bearer " + ISSUER.token("CL", "org-cl-sme-1", "SME")))
                .andExpect(status().isOk());
    }

    @Test
    void refusesATokenForAnotherAudience() throws Exception {
        String token = ISSUER.tokenFor(ISSUER.issuer(), "another-system", Instant.now().plusSeconds(600), "CL", "o", "SME");
        mvc().perform(get("/api/registry/enterprises").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://smenet.org/problems/unauthenticated"));
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        String token = ISSUER.tokenFor(ISSUER.issuer(), "smenet", Instant.now().minusSeconds(600), "CL", "o", "SME");
        mvc().perform(get("/api/registry/enterprises").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesATokenOfAnotherIssuer() throws Exception {
        String token = ISSUER.tokenFor("http://127.0.0.1:1", "smenet", Instant.now().plusSeconds(600), "CL", "o", "SME");
        mvc().perform(get("/api/registry/enterprises").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesATokenSignedByAnUntrustedKey() throws Exception {
        mvc().perform(get("/api/registry/enterprises").header("Authorization", "Bearer " + ISSUER.forgedToken("CL", "o", "SME")))
                .andExpect(status().isUnauthorized());
    }
}
