package org.smenet.contracts;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 signatures of events on public topics, made by the origin node and checked by every node that
 * consumes them from a mirrored topic. The signed form binds every CloudEvents attribute the network reads
 * (including the {@code economy} and {@code sequence} extensions and the key id) and the data bytes, each
 * attribute length-prefixed so no two different events have the same signed form:
 *
 * <pre>
 * smenet-event-signature-v1\n
 * for each of specversion, id, source, type, subject, time, dataschema, datacontenttype, economy, sequence,
 * signaturekey (in that order):   &lt;name&gt;=&lt;length in UTF-8 bytes&gt;:&lt;value&gt;\n
 * data=&lt;length&gt;:&lt;data bytes&gt;
 * </pre>
 *
 * {@code time} is ISO-8601 in UTC with a {@code Z} and only the fractional digits needed (Java's
 * {@code Instant.toString()}); an absent {@code dataschema} is the empty string; {@code datacontenttype} is
 * {@code application/json}; {@code sequence} is decimal. The signature travels base64url (no padding) in the
 * {@code signature} extension ({@code ce_signature} header), the key id in {@code signaturekey}.
 */
public final class EventSignatures {

    public static final String FORM = "smenet-event-signature-v1";
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

    private EventSignatures() {
    }

    /** The exact bytes signed for {@code event} under key {@code keyId}. */
    public static byte[] signedForm(EventEnvelope event, String keyId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(event.data().length + 512);
        out.writeBytes((FORM + "\n").getBytes(StandardCharsets.UTF_8));
        attribute(out, "specversion", "1.0");
        attribute(out, "id", event.id());
        attribute(out, "source", event.source());
        attribute(out, "type", event.type());
        attribute(out, "subject", event.subject());
        attribute(out, "time", event.time().toString());
        attribute(out, "dataschema", event.dataschema() == null ? "" : event.dataschema());
        attribute(out, "datacontenttype", "application/json");
        attribute(out, "economy", event.economy());
        attribute(out, "sequence", Long.toString(event.sequence()));
        attribute(out, "signaturekey", keyId);
        out.writeBytes(("data=" + event.data().length + ":").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(event.data());
        return out.toByteArray();
    }

    private static void attribute(ByteArrayOutputStream out, String name, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((name + "=" + bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.write('\n');
    }

    /** {@code event} signed with {@code key}, whose id is {@code keyId}. */
    public static EventEnvelope sign(EventEnvelope event, String keyId, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(signedForm(event, keyId));
            return event.withSignature(keyId, Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign event " + event.id(), e);
        }
    }

    /** True when {@code event} carries a signature that {@code key} verifies over its signed form. */
    public static boolean verify(EventEnvelope event, PublicKey key) {
        if (event.signature() == null || event.signaturekey() == null) {
            return false;
        }
        try {
            byte[] signature = Base64.getUrlDecoder().decode(event.signature());
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(signedForm(event, event.signaturekey()));
            return verifier.verify(signature);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 32-byte public key {@code x} of a JWK ({@code kty OKP, crv Ed25519}). */
    public static byte[] rawPublic(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    /** The 32-byte private key {@code d} of a JWK. */
    public static byte[] rawPrivate(PrivateKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    public static PublicKey publicKey(byte[] x) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(concat(X509_PREFIX, x)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    public static PrivateKey privateKey(byte[] d) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, d)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        }
    }

    private static byte[] concat(byte[] prefix, byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("an Ed25519 key is 32 bytes, not " + raw.length);
        }
        byte[] out = Arrays.copyOf(prefix, prefix.length + 32);
        System.arraycopy(raw, 0, out, prefix.length, 32);
        return out;
    }
}
