package org.smenet.opportunities.app;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.smenet.kit.errors.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Feed cursors: opaque and tamper-evident. A cursor is the feed position (8 bytes) followed by the first
 * 16 bytes of its HMAC-SHA256 under the node's cursor key, base64url; anything else is a 400 problem.
 */
@Component
public class Cursors {

    private final SecretKeySpec key;

    public Cursors(OpportunitiesProperties properties) {
        this.key = new SecretKeySpec(properties.cursorKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String encode(long seq) {
        byte[] position = ByteBuffer.allocate(8).putLong(seq).array();
        ByteBuffer out = ByteBuffer.allocate(24).put(position).put(mac(position), 0, 16);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
    }

    /** The position of {@code cursor} ({@code null} or empty: the start), or a 400 problem for a forged one. */
    public long decode(String cursor, String field) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException malformed) {
            throw forged(field);
        }
        if (raw.length != 24) {
            throw forged(field);
        }
        byte[] position = Arrays.copyOf(raw, 8);
        byte[] expected = Arrays.copyOf(mac(position), 16);
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(raw, 8, 24))) {
            throw forged(field);
        }
        return ByteBuffer.wrap(position).getLong();
    }

    private static RuleViolation forged(String field) {
        return new RuleViolation("invalid-cursor", org.springframework.http.HttpStatus.BAD_REQUEST, field,
                "This cursor was not issued by this node; use the cursor a feed page returned, or none to start");
    }

    private byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
