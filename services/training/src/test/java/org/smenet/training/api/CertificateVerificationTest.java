package org.smenet.training.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.testsupport.TestTokens.token;
import static org.smenet.training.TrainingTestSupport.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smenet.contracts.registry.FocalPointFunction;
import org.smenet.contracts.training.CourseTopic;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.training.TrainingIntegration;
import org.smenet.training.TrainingTestSupport;
import org.smenet.training.app.CertificateService;
import org.smenet.training.app.Credentials;
import org.smenet.training.app.SessionService;
import org.smenet.training.app.SigningKeys;
import org.smenet.training.app.StatusLists;
import org.smenet.training.app.TrainingProperties;
import org.smenet.training.domain.Certificate;
import org.smenet.training.domain.Course;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Anyone verifies a certificate without a token: genuine, altered, expired, revoked and foreign ones each
 * get their answer and reason; and an ordinary JOSE library (nimbus, used directly) verifies a certificate
 * against the published JWKS and reads its revocation bit from the published status list.
 */
@TrainingIntegration
class CertificateVerificationTest {

    static final String FP = "org-cl-fp-certs";

    @Autowired
    WebApplicationContext context;
    @Autowired
    SessionService sessions;
    @Autowired
    CertificateService certificates;
    @Autowired
    Credentials credentials;
    @Autowired
    SigningKeys keys;
    @Autowired
    StatusLists statusLists;
    @Autowired
    TrainingProperties properties;

    MockMvc mvc;
    Actor provider;
    Course course;

    @BeforeEach
    void setUp() {
        mvc = TrainingTestSupport.mockMvc(context);
        TrainingTestSupport.designated(context, "CL", FP, FocalPointFunction.TRAINING);
        provider = TrainingTestSupport.provider("CL", FP);
        course = TrainingTestSupport.course(context, provider, "Export readiness for wine makers",
                CourseTopic.EXPORT_READINESS, java.util.List.of("2204"), null, "P2Y");
    }

    /** A certificate earned the ordinary way: enrolled, completed. */
    Certificate earned() {
        String owner = unique("org-cl-sme");
        String enterprise = TrainingTestSupport.enterprise(context, "CL", owner,
                TrainingTestSupport.profile(java.util.List.of("1102"), java.util.List.of("220421"), java.util.List.of(), java.util.List.of()));
        var session = TrainingTestSupport.session(context, provider, course.id(), 10, false);
        sessions.enrol(new Actor("t", "CL", owner, Set.of(Role.SME)), session.id(), enterprise);
        return certificates.complete(provider, session.id(), enterprise);
    }

    String verifyCredential(String jwt, String expected) throws Exception {
        return mvc.perform(post("/api/training/verifications").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"credential\":\"" + jwt + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result").value(expected))
                .andExpect(jsonPath("$.valid").value(expected.equals("VALID")))
                .andExpect(jsonPath("$.reason").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aGenuineCertificateIsValidByIdAndByCredentialWithoutAToken() throws Exception {
        Certificate c = earned();
        mvc.perform(get("/api/training/verifications").param("certificate", c.id()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result").value("VALID"))
                .andExpect(jsonPath("$.certificateId").value(c.id()))
                .andExpect(jsonPath("$.achievement").value("Export readiness for wine makers"));
        mvc.perform(get("/api/training/verifications").param("credential", c.credential()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result").value("VALID"));
        verifyCredential(c.credential(), "VALID");
        mvc.perform(get("/api/training/verifications").param("certificate", "never-issued"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result").value("UNKNOWN"));
    }

    @Test
    void anAlteredCertificateIsCaughtWithItsReason() throws Exception {
        Certificate c = earned();
        String[] parts = c.credential().split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                .replace("Export readiness for wine makers", "Advanced WTO rules for wine makers");
        String forged = parts[0] + "." + Base64URL.encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        String answer = verifyCredential(forged, "ALTERED");
        assertThat(JsonPath.<String>read(answer, "$.reason")).contains("signature does not match");
        verifyCredential("not-a-credential", "MALFORMED");
    }

    @Test
    void anExpiredCertificateSaysUntilWhen() throws Exception {
        Instant issued = Instant.now().minus(Duration.ofDays(800)).truncatedTo(ChronoUnit.SECONDS);
        Instant until = issued.plus(Duration.ofDays(730));
        StatusLists.Position position = statusLists.allocate();
        String jwt = credentials.sign(new Credentials.Issue(UUID.randomUUID().toString(), "CL", "ent-old", course,
                "ses-old", issued, until, position.list(), position.index()), keys.current());
        String answer = verifyCredential(jwt, "EXPIRED");
        assertThat(JsonPath.<String>read(answer, "$.reason")).contains(until.toString());
    }

    @Test
    void aRevokedCertificateIsRevokedForTheNodeAndInThePublishedStatusList() throws Exception {
        Certificate c = earned();
        Certificate kept = earned();
        mvc.perform(post("/api/training/certificates/" + c.id() + "/revocation").with(token("CL", FP, "FOCAL_POINT"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Assessment annulled\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.revoked").value(true));
        String answer = verifyCredential(c.credential(), "REVOKED");
        assertThat(JsonPath.<String>read(answer, "$.reason")).contains("Assessment annulled");
        verifyCredential(kept.credential(), "VALID");

        // what any verifier does: follow credentialStatus to the published list and read the bit
        assertThat(revokedInPublishedList(c.credential())).isTrue();
        assertThat(revokedInPublishedList(kept.credential())).isFalse();
    }

    @Test
    void aCredentialSignedByAnotherKeyHasAnUnknownIssuer() throws Exception {
        OctetKeyPair stranger = new OctetKeyPairGenerator(Curve.Ed25519).keyID("stranger").generate();
        StatusLists.Position position = statusLists.allocate();
        String jwt = credentials.sign(new Credentials.Issue(UUID.randomUUID().toString(), "CL", "ent-x", course,
                "ses-x", Instant.now().truncatedTo(ChronoUnit.SECONDS), null, position.list(), position.index()), stranger);
        String answer = verifyCredential(jwt, "UNKNOWN_ISSUER");
        assertThat(JsonPath.<String>read(answer, "$.reason")).contains("stranger");
    }

    @Test
    void anIndependentJoseLibraryVerifiesAgainstThePublishedJwksAcrossAKeyRotation() throws Exception {
        Certificate before = earned();
        mvc.perform(post("/api/training/keys/rotation").with(token("CL", "org-cl-admin", "ECONOMY_ADMIN")))
                .andExpect(status().isOk());
        Certificate after = earned();
        assertThat(after.keyId()).isNotEqualTo(before.keyId());

        String jwksJson = mvc.perform(get("/api/training/.well-known/jwks.json"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(jwksJson).doesNotContain("\"d\"");
        JWKSet jwks = JWKSet.parse(jwksJson);
        for (Certificate c : java.util.List.of(before, after)) {
            SignedJWT jwt = SignedJWT.parse(c.credential());
            OctetKeyPair key = (OctetKeyPair) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
            assertThat(key).as("key %s published", jwt.getHeader().getKeyID()).isNotNull();
            assertThat(jwt.verify(new Ed25519Verifier(key))).isTrue();
            new DefaultJWTClaimsVerifier<>(new JWTClaimsSet.Builder().issuer(properties.issuerId("CL")).build(),
                    Set.of("sub", "jti", "exp", "nbf")).verify(jwt.getJWTClaimsSet(), null);
        }
    }

    @SuppressWarnings("unchecked")
    private boolean revokedInPublishedList(String credential) throws Exception {
        Map<String, Object> status = SignedJWT.parse(credential).getJWTClaimsSet().getJSONObjectClaim("credentialStatus");
        String url = (String) status.get("statusListCredential");
        String path = url.substring(properties.publicBaseUrl().length());
        String listJwt = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        SignedJWT list = SignedJWT.parse(listJwt);
        JWKSet jwks = JWKSet.parse(mvc.perform(get("/api/training/.well-known/jwks.json"))
                .andReturn().getResponse().getContentAsString());
        assertThat(list.verify(new Ed25519Verifier((OctetKeyPair) jwks.getKeyByKeyId(list.getHeader().getKeyID()))))
                .isTrue();
        String encoded = (String) list.getJWTClaimsSet().getJSONObjectClaim("credentialSubject").get("encodedList");
        byte[] bits = new GZIPInputStream(new java.io.ByteArrayInputStream(
                Base64.getUrlDecoder().decode(encoded.substring(1)))).readAllBytes();
        int index = Integer.parseInt((String) status.get("statusListIndex"));
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }
}
