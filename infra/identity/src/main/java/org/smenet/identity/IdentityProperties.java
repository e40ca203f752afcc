package org.smenet.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.smenet.identity.account.DemoAccount;
import org.smenet.identity.client.CliClient;
import org.smenet.identity.client.MachineClient;
import org.smenet.identity.client.PortalClient;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything an operator may change about the dev identity provider; the seed lives in
 * {@code application.yml} under {@code smenet.identity}.
 *
 * @param issuerUri       the {@code iss} of every token and the base of the discovery document
 * @param audience        added to the {@code aud} of every access token
 * @param accessTokenTtl  lifetime of access tokens
 * @param keyFile         JWK set holding the RSA signing key; created on first start, reused afterwards
 * @param demoPassword    password of every demo account that does not set its own
 * @param accounts        people who sign in (password grant, authorization code)
 * @param machineClients  agencies and node tooling (client credentials)
 * @param portal          the public web portal client (authorization code + PKCE)
 * @param cli             the command-line client allowed to use the dev-only password grant
 * @param rememberedAuthorizations issued authorizations kept for introspection and revocation; older ones are forgotten
 */
@ConfigurationProperties("smenet.identity")
public record IdentityProperties(
		@DefaultValue("http://127.0.0.1:9000") String issuerUri,
		@DefaultValue("smenet") String audience,
		@DefaultValue("15m") Duration accessTokenTtl,
		@DefaultValue(".run/identity/jwk.json") Path keyFile,
		@DefaultValue("demo") String demoPassword,
		@DefaultValue List<DemoAccount> accounts,
		@DefaultValue List<MachineClient> machineClients,
		@DefaultValue PortalClient portal,
		@DefaultValue CliClient cli,
		@DefaultValue("10000") int rememberedAuthorizations) {
}
