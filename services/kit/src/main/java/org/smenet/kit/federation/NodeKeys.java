package org.smenet.kit.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.EventSignatures;
import tools.jackson.databind.json.JsonMapper;

/**
 * This node's Ed25519 keys for its public events, kept in a JWK set file ({@code smenet.node.key-file},
 * {@code SMENET_NODE_KEY_FILE}; in Kubernetes a mounted Secret). The first key signs; every key in the file
 * is published in the node's JWKS, so a rotation puts the new key first and keeps the old one until the peers
 * have pinned the new one. When the file does not exist (a developer's first start) a key is created, written
 * owner-only, and every service of the node then shares it (the file is created atomically: the first
 * service to start wins, the others read it).
 */
public class NodeKeys {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final String keyId;
    private final PrivateKey signingKey;
    private final List<Map<String, Object>> publicJwks;

    private NodeKeys(String keyId, PrivateKey signingKey, List<Map<String, Object>> publicJwks) {
        this.keyId = keyId;
        this.signingKey = signingKey;
        this.publicJwks = publicJwks;
    }

    /** Reads the key file, creating it with one fresh key when it does not exist. */
    public static NodeKeys load(Path file, List<String> economies, JsonMapper json) {
        try {
            if (!Files.exists(file)) {
                create(file, economies, json);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> set = json.readValue(Files.readString(file), Map.class);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> keys = (List<Map<String, Object>>) set.get("keys");
            if (keys == null || keys.isEmpty()) {
                throw new IllegalStateException("the node key file " + file + " holds no key");
            }
            Map<String, Object> first = keys.get(0);
            if (first.get("d") == null) {
                throw new IllegalStateException("the first key of " + file + " has no private part (d)");
            }
            List<Map<String, Object>> published = new ArrayList<>();
            for (Map<String, Object> key : keys) {
                if (!"OKP".equals(key.get("kty")) || !"Ed25519".equals(key.get("crv")) || key.get("kid") == null) {
                    throw new IllegalStateException("every key of " + file + " must be an Ed25519 OKP JWK with a kid");
                }
                Map<String, Object> pub = new LinkedHashMap<>(key);
                pub.remove("d");
                published.add(pub);
            }
            return new NodeKeys((String) first.get("kid"),
                    EventSignatures.privateKey(B64D.decode((String) first.get("d"))), List.copyOf(published));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the node key file " + file, e);
        }
    }

    /** A key set with one new key, for the economies listed, as the key file holds it. */
    public static Map<String, Object> newKeySet(List<String> economies) {
        KeyPair pair = EventSignatures.generate();
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "OKP");
        jwk.put("crv", "Ed25519");
        jwk.put("kid", String.join("-", economies) + "-" + LocalDate.now(ZoneOffset.UTC) + "-"
                + UUID.randomUUID().toString().substring(0, 8));
        jwk.put("use", "sig");
        jwk.put("alg", "EdDSA");
        jwk.put("economies", List.copyOf(economies));
        jwk.put("x", B64.encodeToString(EventSignatures.rawPublic(pair.getPublic())));
        jwk.put("d", B64.encodeToString(EventSignatures.rawPrivate(pair.getPrivate())));
        return Map.of("keys", List.of(jwk));
    }

    private static void create(Path file, List<String> economies, JsonMapper json) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".signing-keys", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort on file systems without POSIX permissions
            }
            Files.writeString(temp, json.writerWithDefaultPrettyPrinter().writeValueAsString(newKeySet(economies)));
            try {
                // a hard link fails if the file exists: the first of several services starting together wins
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException another) {
                // another service of this node created it first: use theirs
            } catch (UnsupportedOperationException | AtomicMoveNotSupportedException noLinks) {
                if (!Files.exists(file)) {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public String keyId() {
        return keyId;
    }

    /** {@code event} signed with this node's current key. */
    public EventEnvelope sign(EventEnvelope event) {
        return EventSignatures.sign(event, keyId, signingKey);
    }

    /** The public JWK set peers pin: every key in the file, without private parts. */
    public Map<String, Object> jwks() {
        return Map.of("keys", publicJwks);
    }
}
