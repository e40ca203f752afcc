package org.smenet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.smenet.contracts.EventEnvelope;
import org.smenet.contracts.EventSignatures;

/**
 * Peer nodes as tests see them: one Ed25519 key per APEC economy (made once per test JVM), pinned by every
 * test application context started with {@link NodeInfrastructure} ({@code smenet.node.peers.<E>.jwks}), and
 * this node's own key file in a temporary directory.
 */
public final class TestPeers {

    /** The 21 member economies; each is a peer alias whose key the test contexts pin. */
    public static final List<String> ECONOMIES = List.of("AU", "BN", "CA", "CL", "CN", "HK", "ID", "JP", "KR", "MY",
            "MX", "NZ", "PG", "PE", "PH", "RU", "SG", "TW", "TH", "US", "VN");

    private static final Map<String, KeyPair> KEYS = new ConcurrentHashMap<>();
    private static volatile Path nodeKeyFile;

    private TestPeers() {
    }

    public static String keyId(String peer) {
        return "test-" + peer;
    }

    private static KeyPair pair(String peer) {
        return KEYS.computeIfAbsent(peer, p -> EventSignatures.generate());
    }

    /** {@code event} signed as {@code peer}'s node would sign it. */
    public static EventEnvelope sign(String peer, EventEnvelope event) {
        return EventSignatures.sign(event, keyId(peer), pair(peer).getPrivate());
    }

    /** The JWK set (JSON) this test node pins for {@code peer}. */
    public static String jwks(String peer) {
        String x = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(EventSignatures.rawPublic(pair(peer).getPublic()));
        return "{\"keys\":[{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"use\":\"sig\",\"alg\":\"EdDSA\",\"kid\":\""
                + keyId(peer) + "\",\"x\":\"" + x + "\"}]}";
    }

    /** Properties a test context needs for federation: every peer's pinned key and a private key file. */
    public static Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String peer : ECONOMIES) {
            properties.put("smenet.node.peers." + peer + ".jwks", jwks(peer));
        }
        properties.put("smenet.node.key-file", nodeKeyFile().toString());
        properties.put("smenet.node.peers-file", nodeKeyFile().resolveSibling("peers.json").toString());
        return properties;
    }

    private static Path nodeKeyFile() {
        if (nodeKeyFile == null) {
            synchronized (TestPeers.class) {
                if (nodeKeyFile == null) {
                    try {
                        Path dir = Files.createTempDirectory("smenet-node-keys");
                        dir.toFile().deleteOnExit();
                        nodeKeyFile = dir.resolve("signing-keys.json");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return nodeKeyFile;
    }
}
