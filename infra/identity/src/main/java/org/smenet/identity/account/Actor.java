package org.smenet.identity.account;

import java.util.List;
import java.util.Objects;

/**
 * On whose behalf a token holder acts: the economy (ISO 3166 alpha-2), the organisation and the roles.
 * These become the {@code economy}, {@code org} and {@code roles} claims.
 */
public record Actor(String economy, String org, List<Role> roles) {

	public Actor {
		Objects.requireNonNull(economy, "economy is required");
		if (!economy.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("economy must be an ISO 3166 alpha-2 code, was " + economy);
		}
		if (org == null || org.isBlank()) {
			throw new IllegalArgumentException("org is required");
		}
		roles = List.copyOf(roles == null ? List.of() : roles);
	}

	public List<String> roleNames() {
		return this.roles.stream().map(Role::name).toList();
	}
}
