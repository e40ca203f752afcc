package org.smenet.identity.password;

import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * The resource-owner password grant (RFC 6749 section 4.3), kept for DEVELOPMENT ONLY so that people can
 * get a token with {@code curl}. OAuth 2.1 drops it and no production identity provider should offer it.
 */
public final class PasswordGrant {

	public static final AuthorizationGrantType TYPE = new AuthorizationGrantType("password");

	private PasswordGrant() {
	}
}
