package org.smenet.identity.account;

import java.util.List;

/**
 * A seeded person who can sign in. {@code password} is optional: without it the account uses
 * {@code smenet.identity.demo-password}. A value written as {@code {bcrypt}...} is taken as already encoded.
 */
public record DemoAccount(String username, String password, String economy, String org, List<Role> roles) {

	public DemoAccount {
		if (username == null || username.isBlank()) {
			throw new IllegalArgumentException("username is required");
		}
	}

	public Actor actor() {
		return new Actor(this.economy, this.org, this.roles);
	}
}
