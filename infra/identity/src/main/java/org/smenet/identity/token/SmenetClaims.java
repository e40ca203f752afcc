package org.smenet.identity.token;

import java.util.List;
import java.util.Optional;

import org.smenet.identity.account.Actor;
import org.smenet.identity.account.DemoAccounts;
import org.smenet.identity.client.SeededClients;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Adds the network's claims to every token: {@code economy}, {@code roles} and {@code org} of the actor, and,
 * on access tokens, the audience the services check ({@code smenet}) plus {@code client_id} (RFC 9068).
 * A machine client acts for itself; every other grant acts for the signed-in person.
 */
public final class SmenetClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	public static final String ECONOMY = "economy";

	public static final String ROLES = "roles";

	public static final String ORG = "org";

	private final DemoAccounts accounts;

	private final SeededClients clients;

	private final String audience;

	public SmenetClaims(DemoAccounts accounts, SeededClients clients, String audience) {
		this.accounts = accounts;
		this.clients = clients;
		this.audience = audience;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
		boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
		if (!accessToken && !idToken) {
			return;
		}
		actorOf(context).ifPresent((actor) -> context.getClaims()
			.claim(ECONOMY, actor.economy())
			.claim(ROLES, actor.roleNames())
			.claim(ORG, actor.org()));
		if (accessToken) {
			String clientId = context.getRegisteredClient().getClientId();
			context.getClaims().audience(List.of(this.audience)).claim("client_id", clientId);
		}
	}

	private Optional<Actor> actorOf(JwtEncodingContext context) {
		if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			return this.clients.actorOf(context.getRegisteredClient().getClientId());
		}
		return this.accounts.actorOf(context.getPrincipal().getName());
	}
}
