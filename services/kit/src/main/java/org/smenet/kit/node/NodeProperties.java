package org.smenet.kit.node;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What this node is: the economies it hosts ({@code SMENET_ECONOMIES}, usually one, several for a hub
 * node), whether it runs in demo mode, and the peers whose public topics are mirrored into its broker.
 *
 * @param economies ISO alpha-2 codes of the hosted economies; the node writes and publishes only for these
 * @param demo      demo mode: the demo-data endpoint and {@code ./smenet seed} work only when true
 * @param peers     mirrored peers by MirrorMaker alias (the {@code <ALIAS>.} topic prefix); a peer hosts
 *                  the economies listed, or, when none are listed, the economy named by its alias; its
 *                  {@code jwks} (JSON) are the public keys its records must be signed with. Peers can also
 *                  be listed in {@code peersFile}, which is re-read when it changes (no restart)
 * @param keyFile   this node's Ed25519 signing keys (a JWK set with private parts; created on first start)
 * @param peersFile the trusted peers: {@code {"peers":{"VN":{"economies":["VN"],"jwks":{"keys":[...]}}}}}
 */
@ConfigurationProperties("smenet.node")
public record NodeProperties(
        @DefaultValue("CL") List<String> economies,
        @DefaultValue("false") boolean demo,
        Map<String, Peer> peers,
        @DefaultValue(".run/node/signing-keys.json") String keyFile,
        @DefaultValue(".run/node/peers.json") String peersFile) {

    public record Peer(List<String> economies, String jwks) {
    }

    /** A node without peers, with the default key and peers files (tests and tools). */
    public NodeProperties(List<String> economies, boolean demo, Map<String, Peer> peers) {
        this(economies, demo, peers, ".run/node/signing-keys.json", ".run/node/peers.json");
    }

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public NodeProperties {
        economies = economies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        peers = peers == null ? Map.of() : Map.copyOf(peers);
    }
}
