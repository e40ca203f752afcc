package org.smenet.training.app;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smenet.training.domain.Course;
import org.springframework.stereotype.Component;

/**
 * Builds a certificate as an Open Badges 3.0 {@code OpenBadgeCredential} (W3C VC data model 2.0) and
 * secures it as a JWT ({@code typ: vc+jwt}, JWS EdDSA with the node's Ed25519 key): the credential's
 * properties are the claims, beside {@code iss}, {@code sub}, {@code jti}, {@code nbf} and {@code exp}, so
 * any JOSE library checks signature and validity against the published JWKS without calling the node.
 */
@Component
public class Credentials {

    public static final String TYPE = "vc+jwt";
    static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    private final TrainingProperties properties;

    public Credentials(TrainingProperties properties) {
        this.properties = properties;
    }

    /** {@code enterpriseEconomy}: the holder's economy (another one's for a cross-border enrolment). */
    public record Issue(String certificateId, String economy, String enterpriseId, Course course, String sessionId,
            Instant issuedAt, Instant validUntil, String statusList, long statusIndex, String enterpriseEconomy) {

        public Issue(String certificateId, String economy, String enterpriseId, Course course, String sessionId,
                Instant issuedAt, Instant validUntil, String statusList, long statusIndex) {
            this(certificateId, economy, enterpriseId, course, sessionId, issuedAt, validUntil, statusList,
                    statusIndex, economy);
        }
    }

    public static String credentialId(String certificateId) {
        return "urn:uuid:" + certificateId;
    }

    public static String subjectId(String economy, String enterpriseId) {
        return "urn:smenet:enterprise:" + economy + ":" + enterpriseId;
    }

    public String sign(Issue issue, OctetKeyPair key) {
        Course course = issue.course();
        String issuer = properties.issuerId(issue.economy());
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", properties.courseUrl(course.id()) + "#achievement");
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Course");
        achievement.put("name", course.title());
        achievement.put("description", course.summary() == null ? course.title() : course.summary());
        achievement.put("criteria", Map.of("narrative", "Completed session " + issue.sessionId() + " of the "
                + course.level() + " course, as recorded by its provider."));
        achievement.put("tag", List.of(course.topic().name()));
        if (course.certification() != null) {
            achievement.put("alignment", List.of(Map.of("type", List.of("Alignment"),
                    "targetName", course.certification(), "targetType", "ext:Certification",
                    "targetUrl", properties.courseUrl(course.id()))));
        }
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", subjectId(issue.enterpriseEconomy() == null ? issue.economy() : issue.enterpriseEconomy(),
                issue.enterpriseId()));
        subject.put("type", List.of("AchievementSubject"));
        subject.put("achievement", achievement);
        String listUrl = properties.statusListUrl(issue.statusList());
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", listUrl + "#" + issue.statusIndex());
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", Long.toString(issue.statusIndex()));
        status.put("statusListCredential", listUrl);

        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject.get("id").toString())
                .jwtID(credentialId(issue.certificateId()))
                .issueTime(Date.from(issue.issuedAt()))
                .notBeforeTime(Date.from(issue.issuedAt()))
                .claim("@context", CONTEXT)
                .claim("id", credentialId(issue.certificateId()))
                .claim("type", List.of("VerifiableCredential", "OpenBadgeCredential"))
                .claim("issuer", Map.of("id", issuer, "type", List.of("Profile"),
                        "name", "SME Cluster Network training, " + issue.economy()))
                .claim("name", course.title())
                .claim("validFrom", issue.issuedAt().toString())
                .claim("credentialSubject", subject)
                .claim("credentialStatus", status);
        if (issue.validUntil() != null) {
            claims.expirationTime(Date.from(issue.validUntil())).claim("validUntil", issue.validUntil().toString());
        }
        return signClaims(claims.build(), key);
    }

    public static String signClaims(JWTClaimsSet claims, OctetKeyPair key) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(key.getKeyID())
                .type(new JOSEObjectType(TYPE)).build(), claims);
        try {
            jwt.sign(new Ed25519Signer(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a credential", e);
        }
        return jwt.serialize();
    }
}
