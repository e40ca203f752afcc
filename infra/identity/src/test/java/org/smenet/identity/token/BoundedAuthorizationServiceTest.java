package org.smenet.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

class BoundedAuthorizationServiceTest {

	private final RegisteredClient client = RegisteredClient.withId("c")
		.clientId("agency-cl")
		.clientSecret("{noop}s")
		.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
		.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
		.build();

	@Test
	void forgetsTheOldestAuthorizationsBeyondTheLimit() {
		BoundedAuthorizationService service = new BoundedAuthorizationService(2);

		service.save(authorization("a", "token-a"));
		service.save(authorization("b", "token-b"));
		service.save(authorization("c", "token-c"));

		assertThat(service.size()).isEqualTo(2);
		assertThat(service.findById("a")).isNull();
		assertThat(service.findByToken("token-a", OAuth2TokenType.ACCESS_TOKEN)).isNull();
		assertThat(service.findByToken("token-c", OAuth2TokenType.ACCESS_TOKEN)).isNotNull();
	}

	@Test
	void savingAgainCountsAsRecent() {
		BoundedAuthorizationService service = new BoundedAuthorizationService(2);

		service.save(authorization("a", "token-a"));
		service.save(authorization("b", "token-b"));
		service.save(authorization("a", "token-a"));
		service.save(authorization("c", "token-c"));

		assertThat(service.findById("a")).isNotNull();
		assertThat(service.findById("b")).isNull();
	}

	private OAuth2Authorization authorization(String id, String token) {
		Instant now = Instant.now();
		return OAuth2Authorization.withRegisteredClient(this.client)
			.id(id)
			.principalName("agency-cl")
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.accessToken(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token, now, now.plusSeconds(60)))
			.build();
	}
}
