package org.smenet.identity.password;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Issues an access token for {@code grant_type=password}: the client must be authenticated and registered
 * for the grant, the user's credentials must check out, and the token comes from the same
 * {@link OAuth2TokenGenerator} as every other grant, so it carries the same claims.
 */
public final class PasswordGrantAuthenticationProvider implements AuthenticationProvider {

	private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc6749#section-5.2";

	private final AuthenticationProvider users;

	private final OAuth2AuthorizationService authorizations;

	private final OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator;

	public PasswordGrantAuthenticationProvider(AuthenticationProvider users, OAuth2AuthorizationService authorizations,
			OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator) {
		this.users = users;
		this.authorizations = authorizations;
		this.tokenGenerator = tokenGenerator;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		PasswordGrantAuthenticationToken request = (PasswordGrantAuthenticationToken) authentication;
		OAuth2ClientAuthenticationToken client = authenticatedClient(request);
		RegisteredClient registeredClient = client.getRegisteredClient();
		if (registeredClient == null || !registeredClient.getAuthorizationGrantTypes().contains(PasswordGrant.TYPE)) {
			throw new OAuth2AuthenticationException(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT);
		}
		Set<String> scopes = grantedScopes(request, registeredClient);
		Authentication user = authenticateUser(request);

		OAuth2TokenContext context = DefaultOAuth2TokenContext.builder()
			.registeredClient(registeredClient)
			.principal(user)
			.authorizationServerContext(AuthorizationServerContextHolder.getContext())
			.authorizedScopes(scopes)
			.tokenType(OAuth2TokenType.ACCESS_TOKEN)
			.authorizationGrantType(PasswordGrant.TYPE)
			.authorizationGrant(request)
			.build();
		OAuth2Token generated = this.tokenGenerator.generate(context);
		if (generated == null) {
			throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.SERVER_ERROR,
					"The token generator failed to generate the access token.", ERROR_URI));
		}
		OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
				generated.getTokenValue(), generated.getIssuedAt(), generated.getExpiresAt(), scopes);

		OAuth2Authorization.Builder authorization = OAuth2Authorization.withRegisteredClient(registeredClient)
			.principalName(user.getName())
			.authorizationGrantType(PasswordGrant.TYPE)
			.authorizedScopes(scopes)
			.attribute(Principal.class.getName(), user);
		if (generated instanceof ClaimAccessor claims) {
			authorization.token(accessToken,
					(metadata) -> metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, claims.getClaims()));
		}
		else {
			authorization.accessToken(accessToken);
		}
		this.authorizations.save(authorization.build());
		return new OAuth2AccessTokenAuthenticationToken(registeredClient, client, accessToken);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return PasswordGrantAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static OAuth2ClientAuthenticationToken authenticatedClient(Authentication request) {
		if (request.getPrincipal() instanceof OAuth2ClientAuthenticationToken client && client.isAuthenticated()) {
			return client;
		}
		throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
	}

	/** No scope asked for means every scope the client is registered for. */
	private static Set<String> grantedScopes(PasswordGrantAuthenticationToken request, RegisteredClient client) {
		if (request.getScopes().isEmpty()) {
			return new LinkedHashSet<>(client.getScopes());
		}
		if (!client.getScopes().containsAll(request.getScopes())) {
			throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_SCOPE,
					"the client may not ask for " + request.getScopes(), ERROR_URI));
		}
		return new LinkedHashSet<>(request.getScopes());
	}

	private Authentication authenticateUser(PasswordGrantAuthenticationToken request) {
		try {
			Authentication user = this.users.authenticate(UsernamePasswordAuthenticationToken
				.unauthenticated(request.getUsername(), request.getPassword()));
			request.eraseCredentials();
			if (user instanceof CredentialsContainer container) {
				// The authentication is kept with the authorization; it must not keep the password too.
				container.eraseCredentials();
			}
			return user;
		}
		catch (AuthenticationException ex) {
			// Same answer for an unknown user and a wrong password, so accounts cannot be enumerated.
			throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
					"Bad username or password", ERROR_URI), ex);
		}
	}
}
