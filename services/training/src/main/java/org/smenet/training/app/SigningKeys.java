package org.smenet.training.app;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.smenet.training.store.SigningKeyStore;
import org.springframework.stereotype.Service;

/**
 * The node's Ed25519 keys for certificates. The newest unretired key signs; a rotation makes a new one
 * and retires the others, which stay in the published JWKS (for {@code retired-key-publication}) so that
 * every certificate they signed still verifies with an ordinary JOSE library.
 */
@Service
public class SigningKeys {

    private final SigningKeyStore store;
    private final TrainingProperties properties;
    private final Clock clock;

    public SigningKeys(SigningKeyStore store, TrainingProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** The key that signs now; the first call on a fresh node makes one. */
    public OctetKeyPair current() {
        return store.all().stream().filter(k -> k.retiredAt() == null).findFirst()
                .map(k -> parse(k.jwk()))
                .orElseGet(this::rotate);
    }

    /** Makes a new signing key and retires the others (still published). */
    public OctetKeyPair rotate() {
        Instant now = clock.instant();
        String kid = "training-" + now.toString().substring(0, 10) + "-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            OctetKeyPair key = new OctetKeyPairGenerator(Curve.Ed25519).keyID(kid).generate();
            store.insert(new SigningKeyStore.SigningKey(kid, key.toJSONString(), now, null));
            store.retireAllBut(kid, now);
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make an Ed25519 key", e);
        }
    }

    /** A published public key by id: current, or retired within the publication period. */
    public Optional<OctetKeyPair> publicKey(String kid) {
        return published().stream().filter(k -> k.getKeyID().equals(kid)).findFirst();
    }

    /** The public JWKS (never a private part). */
    public Map<String, Object> jwks() {
        current();
        return new JWKSet(published().stream().<JWK>map(k -> k).toList()).toJSONObject(true);
    }

    private List<OctetKeyPair> published() {
        Instant horizon = clock.instant().minus(properties.retiredKeyPublication());
        return store.all().stream()
                .filter(k -> k.retiredAt() == null || k.retiredAt().isAfter(horizon))
                .map(k -> parse(k.jwk()).toPublicJWK()).toList();
    }

    private static OctetKeyPair parse(String json) {
        try {
            return OctetKeyPair.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored signing key does not parse", e);
        }
    }
}
