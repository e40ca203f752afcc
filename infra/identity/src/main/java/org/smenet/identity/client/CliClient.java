package org.smenet.identity.client;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The command-line client of humans: the only client allowed the dev-only resource-owner password grant.
 * Set {@code enabled: false} to turn that grant off entirely.
 */
public record CliClient(
		@DefaultValue("true") boolean enabled,
		@DefaultValue("cli") String clientId,
		@DefaultValue("cli-secret") String secret) {
}
