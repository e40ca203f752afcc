package org.smenet.training.app;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.training.domain.Certificate;
import org.smenet.training.store.CertificateStore;
import org.springframework.stereotype.Service;

/**
 * Answers "is this certificate genuine?" for anyone, with the reason: by id (the node's own record) or
 * for a credential someone shows (the signed JWT). The checks, in order: it is a JWS; its key is one
 * this node published and its issuer one of this node's; the signature matches the content; it is not
 * revoked (its status list bit); it has not expired.
 */
@Service
public class Verifications {

    public enum Result { VALID, ALTERED, EXPIRED, REVOKED, UNKNOWN_ISSUER, UNKNOWN, MALFORMED }

    public record Verification(Result result, boolean valid, String reason, String certificateId, String issuer,
            String subject, String achievement, Instant validUntil, String keyId) {

        static Verification of(Result result, String reason) {
            return new Verification(result, false, reason, null, null, null, null, null, null);
        }
    }

    private final SigningKeys keys;
    private final CertificateStore certificates;
    private final TrainingProperties properties;
    private final HostedEconomies hosted;
    private final Clock clock;

    public Verifications(SigningKeys keys, CertificateStore certificates, TrainingProperties properties,
            HostedEconomies hosted, Clock clock) {
        this.keys = keys;
        this.certificates = certificates;
        this.properties = properties;
        this.hosted = hosted;
        this.clock = clock;
    }

    public Verification byId(String certificateId) {
        Optional<Certificate> certificate = certificates.find(certificateId);
        if (certificate.isEmpty()) {
            return Verification.of(Result.UNKNOWN, "This node issued no certificate " + certificateId);
        }
        return credential(certificate.get().credential());
    }

    public Verification credential(String token) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token.strip());
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            return Verification.of(Result.MALFORMED, "Not a signed credential (a compact JWS with JSON claims): "
                    + e.getMessage());
        }
        String kid = jwt.getHeader().getKeyID();
        String issuer = claims.getIssuer();
        if (!JWSAlgorithm.EdDSA.equals(jwt.getHeader().getAlgorithm())) {
            return Verification.of(Result.UNKNOWN_ISSUER, "Signed with " + jwt.getHeader().getAlgorithm()
                    + "; this node signs certificates with EdDSA (Ed25519) only");
        }
        if (issuer == null || hosted.list().stream().map(properties::issuerId).noneMatch(issuer::equals)) {
            return Verification.of(Result.UNKNOWN_ISSUER, "Issuer " + issuer + " is not this node's");
        }
        Optional<OctetKeyPair> key = kid == null ? Optional.empty() : keys.publicKey(kid);
        if (key.isEmpty()) {
            return Verification.of(Result.UNKNOWN_ISSUER, "Signed with key " + kid
                    + ", which is not in this node's published keys");
        }
        try {
            if (!jwt.verify(new Ed25519Verifier(key.get()))) {
                return Verification.of(Result.ALTERED, "The signature does not match the content: the credential "
                        + "was changed after it was signed, or signed by someone else");
            }
        } catch (JOSEException e) {
            return Verification.of(Result.ALTERED, "The signature cannot be checked: " + e.getMessage());
        }
        String certificateId = certificateIdOf(claims.getJWTID());
        Instant validUntil = claims.getExpirationTime() == null ? null : claims.getExpirationTime().toInstant();
        String achievement = achievementOf(claims);
        Optional<Certificate> stored = certificateId == null ? Optional.empty() : certificates.find(certificateId);
        if (stored.isPresent() && stored.get().revoked()) {
            Certificate c = stored.get();
            return new Verification(Result.REVOKED, false, "Revoked by its provider on " + c.revokedAt()
                    + (c.revocationReason() == null ? "" : ": " + c.revocationReason()), certificateId, issuer,
                    claims.getSubject(), achievement, validUntil, kid);
        }
        Instant now = clock.instant();
        if (validUntil != null && now.isAfter(validUntil)) {
            return new Verification(Result.EXPIRED, false, "Valid until " + validUntil + "; it has expired",
                    certificateId, issuer, claims.getSubject(), achievement, validUntil, kid);
        }
        return new Verification(Result.VALID, true, "Signed by this node's key " + kid + ", unaltered, not revoked"
                + (validUntil == null ? ", does not expire" : ", valid until " + validUntil), certificateId, issuer,
                claims.getSubject(), achievement, validUntil, kid);
    }

    private static String certificateIdOf(String jti) {
        return jti != null && jti.startsWith("urn:uuid:") ? jti.substring("urn:uuid:".length()) : null;
    }

    @SuppressWarnings("unchecked")
    private static String achievementOf(JWTClaimsSet claims) {
        try {
            Map<String, Object> subject = claims.getJSONObjectClaim("credentialSubject");
            Object achievement = subject == null ? null : subject.get("achievement");
            return achievement instanceof Map<?, ?> map ? String.valueOf(((Map<String, Object>) map).get("name")) : null;
        } catch (ParseException e) {
            return null;
        }
    }
}
