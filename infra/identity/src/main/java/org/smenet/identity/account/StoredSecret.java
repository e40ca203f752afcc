package org.smenet.identity.account;

/**
 * The form in which a configured password or client secret is handed to the delegating password encoder.
 * The seed is plain text in configuration, so hashing it in memory would protect nothing; an operator who
 * prefers hashes writes {@code {bcrypt}...} and it is used as is.
 */
public final class StoredSecret {

	private StoredSecret() {
	}

	public static String of(String configured) {
		return configured.startsWith("{") ? configured : "{noop}" + configured;
	}
}
