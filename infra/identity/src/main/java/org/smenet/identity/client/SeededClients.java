package org.smenet.identity.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.smenet.identity.IdentityProperties;
import org.smenet.identity.account.Actor;
import org.smenet.identity.account.StoredSecret;
import org.smenet.identity.password.PasswordGrant;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/** The registered clients built from the seed: machine clients, the portal and the CLI. */
public final class SeededClients {

	public static final String SCOPE = "smenet";

	private final List<RegisteredClient> registered = new ArrayList<>();

	private final Map<String, Actor> machineActors;

	public SeededClients(IdentityProperties properties) {
		TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
		properties.machineClients().forEach((client) -> this.registered.add(machine(client, tokens)));
		this.registered.add(portal(properties.portal(), tokens));
		if (properties.cli().enabled()) {
			this.registered.add(cli(properties.cli(), tokens));
		}
		this.machineActors = properties.machineClients()
			.stream()
			.collect(Collectors.toUnmodifiableMap(MachineClient::clientId, MachineClient::actor));
	}

	public RegisteredClientRepository repository() {
		return new InMemoryRegisteredClientRepository(this.registered);
	}

	/** The actor a machine client stands for; empty for clients acting for a signed-in person. */
	public Optional<Actor> actorOf(String clientId) {
		return Optional.ofNullable(this.machineActors.get(clientId));
	}

	private static RegisteredClient machine(MachineClient client, TokenSettings tokens) {
		return RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(client.clientId())
			.clientSecret(StoredSecret.of(client.secret()))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope(SCOPE)
			.tokenSettings(tokens)
			.build();
	}

	private static RegisteredClient portal(PortalClient portal, TokenSettings tokens) {
		return RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(portal.clientId())
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUris((uris) -> uris.addAll(portal.redirectUris()))
			.postLogoutRedirectUris((uris) -> uris.addAll(portal.postLogoutRedirectUris()))
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.scope(SCOPE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(tokens)
			.build();
	}

	private static RegisteredClient cli(CliClient cli, TokenSettings tokens) {
		return RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(cli.clientId())
			.clientSecret(StoredSecret.of(cli.secret()))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(PasswordGrant.TYPE)
			.scope(SCOPE)
			.tokenSettings(tokens)
			.build();
	}
}
