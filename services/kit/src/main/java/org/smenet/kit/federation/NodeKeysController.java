package org.smenet.kit.federation;

import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The node's public keys for its signed public events, as a JWK set at a well-known URL (served by every
 * service of the node, and by the gateway at {@code /.well-known/smenet/jwks.json}); peers pin them in their
 * trust list.
 */
@RestController
public class NodeKeysController {

    public static final String PATH = "/.well-known/smenet/jwks.json";

    private final NodeKeys keys;

    public NodeKeysController(NodeKeys keys) {
        this.keys = keys;
    }

    @GetMapping(path = PATH, produces = {"application/jwk-set+json", MediaType.APPLICATION_JSON_VALUE})
    public ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .body(keys.jwks());
    }
}
