package org.smenet.identity.client;

import java.util.List;

import org.smenet.identity.account.Actor;
import org.smenet.identity.account.Role;

/** An agency system or node tool that obtains tokens with the client credentials grant. */
public record MachineClient(String clientId, String secret, String economy, String org, List<Role> roles) {

	public MachineClient {
		if (clientId == null || clientId.isBlank() || secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("a machine client needs a client-id and a secret");
		}
	}

	public Actor actor() {
		return new Actor(this.economy, this.org, this.roles);
	}
}
