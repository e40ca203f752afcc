package org.smenet.identity.password;

import java.io.Serial;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationGrantAuthenticationToken;

/** A token request with {@code grant_type=password}, before the user's credentials are checked. */
public class PasswordGrantAuthenticationToken extends OAuth2AuthorizationGrantAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String username;

	private transient String password;

	private final Set<String> scopes;

	public PasswordGrantAuthenticationToken(Authentication clientPrincipal, String username, String password,
			Set<String> scopes, Map<String, Object> additionalParameters) {
		super(PasswordGrant.TYPE, clientPrincipal, additionalParameters);
		this.username = username;
		this.password = password;
		this.scopes = Set.copyOf(scopes);
	}

	public String getUsername() {
		return this.username;
	}

	public String getPassword() {
		return this.password;
	}

	public Set<String> getScopes() {
		return this.scopes;
	}

	@Override
	public void eraseCredentials() {
		super.eraseCredentials();
		this.password = null;
	}
}
