package org.smenet.training.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.kit.node.HostedEconomies;
import org.smenet.kit.security.Actor;
import org.smenet.kit.security.Role;
import org.smenet.kit.web.Patterns;
import org.smenet.training.app.Credentials;
import org.smenet.training.app.SigningKeys;
import org.smenet.training.app.StatusLists;
import org.smenet.training.app.Verifications;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What anyone needs to trust a certificate without an account: the node's public keys (JWKS), the
 * revocation status lists, and a verification answer with its reason. Key rotation for administrators.
 */
@RestController
@Validated
@RequestMapping("/api/training")
@Tag(name = "Verification", description = "Public keys, status lists and certificate verification (no token needed)")
public class TrustController {

    private final SigningKeys keys;
    private final StatusLists statusLists;
    private final Verifications verifications;
    private final HostedEconomies hosted;

    public TrustController(SigningKeys keys, StatusLists statusLists, Verifications verifications,
            HostedEconomies hosted) {
        this.keys = keys;
        this.statusLists = statusLists;
        this.verifications = verifications;
        this.hosted = hosted;
    }

    @GetMapping(value = "/.well-known/jwks.json", produces = "application/jwk-set+json")
    public ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .body(keys.jwks());
    }

    @GetMapping(value = "/status-lists/{list}", produces = "application/" + Credentials.TYPE)
    public ResponseEntity<String> statusList(@PathVariable @Pattern(regexp = "[0-9]{1,9}") String list) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("application/" + Credentials.TYPE))
                .body(statusLists.credential(list));
    }

    /** By the node's record ({@code certificate}) or for a shown credential ({@code credential}, the JWS). */
    @GetMapping("/verifications")
    public Verifications.Verification verify(
            @RequestParam(required = false) @Pattern(regexp = Patterns.ID) String certificate,
            @RequestParam(required = false) @Size(max = 12_000) String credential) {
        if ((certificate == null) == (credential == null)) {
            throw RuleViolation.invalid(certificate == null ? "certificate" : "credential",
                    "Name either a certificate id or a credential (the signed JWT), not both");
        }
        return certificate != null ? verifications.byId(certificate) : verifications.credential(credential);
    }

    @PostMapping("/verifications")
    public Verifications.Verification verifyPosted(@Valid @RequestBody VerificationRequest request) {
        return verifications.credential(request.credential());
    }

    /** A new signing key; the previous ones stay published so that what they signed still verifies. */
    @PostMapping("/keys/rotation")
    public Map<String, Object> rotate(Actor actor) {
        hosted.requireHosted(actor);
        if (!actor.hasAny(Role.ECONOMY_ADMIN, Role.NETWORK_OPERATOR)) {
            throw RuleViolation.forbidden("Only an economy administrator or the network operator rotates keys");
        }
        return Map.of("signingKey", keys.rotate().getKeyID(), "jwks", keys.jwks());
    }
}
