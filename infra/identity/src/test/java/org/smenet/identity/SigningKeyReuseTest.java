package org.smenet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

class SigningKeyReuseTest {

	@TempDir
	Path runDirectory;

	@Test
	void secondStartPublishesTheKeyTheFirstStartGenerated() throws Exception {
		Path keyFile = this.runDirectory.resolve("identity/jwk.json");

		String firstKid = publishedKeyId(keyFile);
		assertThat(keyFile).exists();
		String secondKid = publishedKeyId(keyFile);

		assertThat(secondKid).isEqualTo(firstKid);
		RSAKey stored = (RSAKey) JWKSet.load(keyFile.toFile()).getKeys().get(0);
		assertThat(stored.getKeyID()).isEqualTo(firstKid);
		assertThat(stored.isPrivate()).isTrue();
		assertThat(stored.size()).isEqualTo(2048);
	}

	@Test
	void jwksEndpointNeverRevealsThePrivateKey() throws Exception {
		try (ConfigurableApplicationContext context = start(this.runDirectory.resolve("jwk.json"))) {
			JWKSet published = JWKSet.parse(new ProviderClient(port(context)).get("/oauth2/jwks", "application/json").body());

			assertThat(published.getKeys()).hasSize(1);
			assertThat(published.getKeys().get(0).isPrivate()).isFalse();
		}
		assertThat(Files.readString(this.runDirectory.resolve("jwk.json"))).contains("\"d\"");
	}

	private static String publishedKeyId(Path keyFile) throws ParseException {
		try (ConfigurableApplicationContext context = start(keyFile)) {
			Map<String, Object> jwks = ProviderClient.json(new ProviderClient(port(context)).get("/oauth2/jwks",
					"application/json"));
			List<?> keys = (List<?>) jwks.get("keys");
			assertThat(keys).hasSize(1);
			return (String) ((Map<?, ?>) keys.get(0)).get("kid");
		}
	}

	private static ConfigurableApplicationContext start(Path keyFile) {
		return new SpringApplicationBuilder(IdentityApplication.class).run("--server.port=0",
				"--smenet.identity.key-file=" + keyFile, "--spring.main.banner-mode=off");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}
}
