package org.smenet.testsupport;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A real token issuer for tests: an RSA key, its JWK set served over HTTP at {@code /oauth2/jwks} on a
 * free loopback port, and signed JWTs shaped like the identity provider's. Lets a test prove that a
 * service checks signature, issuer, audience and expiry itself.
 */
public final class TestIssuer implements AutoCloseable {

    private final RSAKey key;
    private final HttpServer server;

    public TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/oauth2/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A token as the identity provider issues it: audience {@code smenet}, 15 minutes. */
    public String token(String economy, String org, String... roles) {
        return sign(key, issuer(), "smenet", Instant.now().plusSeconds(900), economy, org, roles);
    }

    public String tokenFor(String issuer, String audience, Instant expiry, String economy, String org,
            String... roles) {
        return sign(key, issuer, audience, expiry, economy, org, roles);
    }

    /** Same claims, signed by a key nobody trusts. */
    public String forgedToken(String economy, String org, String... roles) {
        try {
            return sign(new RSAKeyGenerator(2048).keyID("test-key").generate(), issuer(), "smenet",
                    Instant.now().plusSeconds(900), economy, org, roles);
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(RSAKey signingKey, String issuer, String audience, Instant expiry, String economy,
            String org, String... roles) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer).subject(org + "-user").audience(audience)
                    .issueTime(new Date()).expirationTime(Date.from(expiry))
                    .claim("economy", economy).claim("org", org).claim("roles", List.of(roles))
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
