package org.smenet.training.app;

import com.nimbusds.jwt.JWTClaimsSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.training.store.CertificateStore;
import org.springframework.stereotype.Service;

/**
 * Revocation through published W3C Bitstring Status Lists: each certificate holds one position (list,
 * index); a revoked certificate's bit is 1. The list is served as a {@code BitstringStatusListCredential}
 * secured like the certificates (vc+jwt, EdDSA), built from the certificates' revoked flags on request.
 */
@Service
public class StatusLists {

    /** 16 KiB of bits, the specification's minimum size (group privacy). */
    public static final int SIZE = 131_072;

    private final CertificateStore certificates;
    private final SigningKeys keys;
    private final TrainingProperties properties;
    private final HostedEconomies hosted;
    private final Clock clock;

    public StatusLists(CertificateStore certificates, SigningKeys keys, TrainingProperties properties,
            HostedEconomies hosted, Clock clock) {
        this.certificates = certificates;
        this.keys = keys;
        this.properties = properties;
        this.hosted = hosted;
        this.clock = clock;
    }

    public record Position(String list, long index) {
    }

    /** A fresh position, never handed out twice. */
    public Position allocate() {
        long position = certificates.nextStatusPosition();
        return new Position(Long.toString(position / SIZE + 1), position % SIZE);
    }

    /** The signed status list credential. */
    public String credential(String list) {
        long number;
        try {
            number = Long.parseLong(list);
        } catch (NumberFormatException e) {
            throw RuleViolation.notFound("Status list", list);
        }
        if (number < 1) {
            throw RuleViolation.notFound("Status list", list);
        }
        String url = properties.statusListUrl(list);
        Instant now = clock.instant();
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", encode(certificates.revokedIndexes(list)));
        String issuer = properties.issuerId(hosted.list().get(0));
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .issueTime(Date.from(now))
                .claim("@context", List.of("https://www.w3.org/ns/credentials/v2"))
                .claim("id", url)
                .claim("type", List.of("VerifiableCredential", "BitstringStatusListCredential"))
                .claim("issuer", issuer)
                .claim("validFrom", now.toString())
                .claim("credentialSubject", subject)
                .build();
        return Credentials.signClaims(claims, keys.current());
    }

    /** GZIP-compressed bitstring, base64url without padding, with the multibase prefix {@code u}. */
    static String encode(List<Long> revoked) {
        byte[] bits = new byte[SIZE / 8];
        for (long index : revoked) {
            bits[(int) (index / 8)] |= (byte) (0x80 >>> (index % 8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** Reads bit {@code index} of an encoded list (what any verifier does). */
    public static boolean isSet(String encodedList, long index) {
        try {
            byte[] compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
            byte[] bits = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed)).readAllBytes();
            return (bits[(int) (index / 8)] & (0x80 >>> (index % 8))) != 0;
        } catch (IOException e) {
            throw new IllegalArgumentException("not a GZIP bitstring", e);
        }
    }
}
