package org.smenet.identity.key;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The RSA signing key of the provider, kept as a JWK set in a file so tokens stay valid across restarts:
 * created on first start, read afterwards. The file holds the private key; it is written owner-only.
 */
public final class SigningKeyFile {

	private static final Log logger = LogFactory.getLog(SigningKeyFile.class);

	private final Path file;

	public SigningKeyFile(Path file) {
		this.file = file.toAbsolutePath().normalize();
	}

	public RSAKey loadOrCreate() {
		return Files.exists(this.file) ? load() : create();
	}

	private RSAKey load() {
		try {
			JWKSet keys = JWKSet.load(this.file.toFile());
			RSAKey key = keys.getKeys().stream()
				.filter(RSAKey.class::isInstance)
				.map(RSAKey.class::cast)
				.filter(RSAKey::isPrivate)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no private RSA key in " + this.file));
			logger.info("Signing key " + key.getKeyID() + " read from " + this.file);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read signing key file " + this.file, ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("signing key file " + this.file + " is not a JWK set", ex);
		}
	}

	private RSAKey create() {
		try {
			RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyIDFromThumbprint(true)
				.generate();
			write(new JWKSet(key).toString(false));
			logger.info("Signing key " + key.getKeyID() + " generated into " + this.file);
			return key;
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("cannot generate an RSA signing key", ex);
		}
	}

	/** Written beside the target and moved into place, so a crash never leaves half a key file. */
	private void write(String json) {
		try {
			Files.createDirectories(this.file.getParent());
			Path partial = Files.createTempFile(this.file.getParent(), ".jwk", ".tmp");
			ownerOnly(partial);
			Files.writeString(partial, json, StandardCharsets.UTF_8);
			try {
				Files.move(partial, this.file, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(partial, this.file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write signing key file " + this.file, ex);
		}
	}

	private static void ownerOnly(Path path) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): the directory's own access rules apply.
		}
	}
}
