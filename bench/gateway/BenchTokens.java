import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A stand-in identity provider for the trivial-backend benchmark, which must not depend on a running
 * node: makes an RSA key, writes {@code <dir>/oauth2/jwks} (served by any static file server as
 * {@code <issuer>/oauth2/jwks}) and prints one RS256 token shaped like the node's (audience
 * {@code smenet}, two hours to live). Run as a single-file program with nimbus-jose-jwt on the class path:
 * {@code java -cp nimbus-jose-jwt.jar BenchTokens.java <dir> <issuer>}.
 */
public class BenchTokens {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String issuer = args[1];
        RSAKey key = new RSAKeyGenerator(2048).keyID("bench-key").generate();
        Files.createDirectories(dir.resolve("oauth2"));
        Files.writeString(dir.resolve("oauth2/jwks"), new JWKSet(key.toPublicJWK()).toString());
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("bench-user")
                .audience("smenet")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(2))))
                .claim("economy", "TH")
                .claim("roles", List.of("SME"))
                .claim("org", "org-bench")
                .claim("scope", "smenet")
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                claims);
        jwt.sign(new RSASSASigner(key));
        System.out.println(jwt.serialize());
    }
}
