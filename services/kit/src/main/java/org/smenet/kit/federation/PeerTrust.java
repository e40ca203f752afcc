package org.smenet.kit.federation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smenet.contracts.EventSignatures;
import org.smenet.kit.node.NodeProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * The peers this node trusts, by MirrorMaker alias (the {@code <ALIAS>.} topic prefix): the economies each
 * hosts and the public keys its records must be signed with. From {@code smenet.node.peers.*} and from the
 * peers file ({@code SMENET_PEERS_FILE}), which is re-read when it changes, so an operator adds a peer or a
 * peer's new key without restarting any service. A peer file that does not parse is logged and the last good
 * one stays in force.
 */
public class PeerTrust {

    private static final Logger log = LoggerFactory.getLogger(PeerTrust.class);
    private static final long RECHECK_NANOS = 1_000_000_000L;

    /** One trusted peer. */
    public record Peer(List<String> economies, Map<String, PublicKey> keys) {
    }

    private final Map<String, Peer> configured;
    private final Path file;
    private final JsonMapper json;
    private volatile Map<String, Peer> fromFile = Map.of();
    private volatile FileTime loadedModified;
    private volatile long loadedSize = -1;
    private volatile long checkedNanos;

    public PeerTrust(NodeProperties properties, JsonMapper json) {
        this.json = json;
        this.file = properties.peersFile() == null ? null : Path.of(properties.peersFile());
        Map<String, Peer> peers = new HashMap<>();
        properties.peers().forEach((alias, peer) -> peers.put(alias, new Peer(
                peer.economies() == null || peer.economies().isEmpty() ? List.of(alias) : List.copyOf(peer.economies()),
                peer.jwks() == null ? Map.of() : keys(parse(peer.jwks())))));
        this.configured = Map.copyOf(peers);
        // the first read happens here, not on a consumer thread: a record must never be judged before the
        // peers file was read once
        this.checkedNanos = System.nanoTime() - RECHECK_NANOS;
        reloadIfChanged();
    }

    /** The peer mirrored under {@code alias}, if this node knows it. */
    public Optional<Peer> peer(String alias) {
        reloadIfChanged();
        Peer peer = fromFile.get(alias);
        return Optional.ofNullable(peer != null ? peer : configured.get(alias));
    }

    /** Every peer this node trusts now, by alias (the peers file's entry wins over a configured one). */
    public Map<String, Peer> all() {
        reloadIfChanged();
        Map<String, Peer> all = new java.util.TreeMap<>(configured);
        all.putAll(fromFile);
        return all;
    }

    /** The economies the peer under {@code alias} hosts: configured, or the economy its alias names. */
    public List<String> economiesOf(String alias) {
        return peer(alias).map(Peer::economies).orElse(List.of(alias));
    }

    private void reloadIfChanged() {
        long now = System.nanoTime();
        if (file == null || now - checkedNanos < RECHECK_NANOS) {
            return;
        }
        synchronized (this) {
            if (System.nanoTime() - checkedNanos < RECHECK_NANOS) {
                return;
            }
            try {
                if (!Files.exists(file)) {
                    fromFile = Map.of();
                    loadedModified = null;
                    return;
                }
                FileTime modified = Files.getLastModifiedTime(file);
                long size = Files.size(file);
                if (modified.equals(loadedModified) && size == loadedSize) {
                    return;
                }
                fromFile = read(Files.readString(file));
                loadedModified = modified;
                loadedSize = size;
                log.info("Trusted peers from {}: {}", file, fromFile.keySet());
            } catch (IOException | RuntimeException e) {
                log.error("Cannot read the peers file {}; keeping the peers trusted before", file, e);
            } finally {
                // only now: a thread that skips the reload because of this time must find the file's peers in place
                checkedNanos = System.nanoTime();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Peer> read(String text) {
        Map<String, Object> root = json.readValue(text, Map.class);
        Map<String, Object> peers = (Map<String, Object>) root.getOrDefault("peers", Map.of());
        Map<String, Peer> out = new HashMap<>();
        peers.forEach((alias, value) -> {
            Map<String, Object> peer = (Map<String, Object>) value;
            List<String> economies = (List<String>) peer.get("economies");
            Object jwks = peer.get("jwks");
            out.put(alias, new Peer(economies == null || economies.isEmpty() ? List.of(alias) : List.copyOf(economies),
                    jwks instanceof Map<?, ?> set ? keys((Map<String, Object>) set) : Map.of()));
        });
        return Map.copyOf(out);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String jwks) {
        return json.readValue(jwks, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, PublicKey> keys(Map<String, Object> jwks) {
        Map<String, PublicKey> keys = new HashMap<>();
        for (Map<String, Object> jwk : (List<Map<String, Object>>) jwks.getOrDefault("keys", List.of())) {
            if ("OKP".equals(jwk.get("kty")) && "Ed25519".equals(jwk.get("crv")) && jwk.get("kid") != null
                    && jwk.get("x") != null) {
                keys.put((String) jwk.get("kid"),
                        EventSignatures.publicKey(java.util.Base64.getUrlDecoder().decode((String) jwk.get("x"))));
            }
        }
        return Map.copyOf(keys);
    }
}
