package org.smenet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smenet.identity.ProviderClient.form;
import static org.smenet.identity.ProviderClient.json;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TokenEndpointTest {

	private static final String ISSUER = "http://127.0.0.1:9000";

	@LocalServerPort
	private int port;

	@Autowired
	private IdentityProperties properties;

	private ProviderClient provider;

	@DynamicPropertySource
	static void keyFileInTemporaryDirectory(DynamicPropertyRegistry registry) throws IOException {
		// Under target/ so that `mvn clean` removes it.
		Path keys = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "identity-keys");
		registry.add("smenet.identity.key-file", () -> keys.resolve("jwk.json").toString());
	}

	@BeforeEach
	void connect() {
		this.provider = new ProviderClient(this.port);
	}

	@Test
	void clientCredentialsTokenCarriesTheAgencyClaimsAndVerifiesAgainstTheJwks() {
		HttpResponse<String> response = this.provider.token("agency-cl", "agency-cl-secret",
				form("grant_type", "client_credentials", "scope", "smenet"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Map<String, Object> body = json(response);
		assertThat(body).containsEntry("token_type", "Bearer").containsEntry("scope", "smenet");

		Jwt jwt = verifiedLikeAService((String) body.get("access_token"));
		assertThat(jwt.getIssuer()).hasToString(ISSUER);
		assertThat(jwt.getAudience()).containsExactly("smenet");
		assertThat(jwt.getSubject()).isEqualTo("agency-cl");
		assertThat(jwt.getClaimAsString("economy")).isEqualTo("CL");
		assertThat(jwt.getClaimAsString("org")).isEqualTo("org-cl-fp-1");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("AGENCY_CLIENT", "FOCAL_POINT");
		assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void nodeOperatorClientActsForTheNetworkOperator() {
		Map<String, Object> body = json(this.provider.token("node-operator", "node-operator-secret",
				form("grant_type", "client_credentials", "scope", "smenet")));

		Jwt jwt = verifiedLikeAService((String) body.get("access_token"));
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("NETWORK_OPERATOR", "ECONOMY_ADMIN");
		assertThat(jwt.getClaimAsString("org")).isEqualTo("org-network-operator");
	}

	@Test
	void passwordGrantForAVietNameseSmeCarriesItsEconomyRolesAndOrganisation() {
		HttpResponse<String> response = this.provider.token("cli", "cli-secret",
				form("grant_type", "password", "username", "sme-vn", "password", "demo", "scope", "smenet"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Jwt jwt = verifiedLikeAService((String) json(response).get("access_token"));
		assertThat(jwt.getSubject()).isEqualTo("sme-vn");
		assertThat(jwt.getClaimAsString("economy")).isEqualTo("VN");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SME");
		assertThat(jwt.getClaimAsString("org")).isEqualTo("org-vn-sme-1");
		assertThat(jwt.getAudience()).contains("smenet");
		assertThat(jwt.getClaimAsString("client_id")).isEqualTo("cli");
	}

	@Test
	void passwordGrantWithAWrongPasswordIsRefusedWithAnOAuthError() {
		HttpResponse<String> response = this.provider.token("cli", "cli-secret",
				form("grant_type", "password", "username", "sme-vn", "password", "not-the-password"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response)).containsEntry("error", "invalid_grant").doesNotContainKey("access_token");
	}

	@Test
	void passwordGrantForAnUnknownUserLooksLikeAWrongPassword() {
		HttpResponse<String> response = this.provider.token("cli", "cli-secret",
				form("grant_type", "password", "username", "nobody", "password", "demo"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response)).containsEntry("error", "invalid_grant");
	}

	@Test
	void passwordGrantIsRefusedToClientsNotRegisteredForIt() {
		HttpResponse<String> response = this.provider.token("agency-cl", "agency-cl-secret",
				form("grant_type", "password", "username", "sme-cl", "password", "demo"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response)).containsEntry("error", "unauthorized_client");
	}

	@Test
	void wrongClientSecretIsRefusedAsInvalidClient() {
		HttpResponse<String> response = this.provider.token("agency-cl", "wrong",
				form("grant_type", "client_credentials", "scope", "smenet"));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(json(response)).containsEntry("error", "invalid_client");
	}

	@Test
	@SuppressWarnings("unchecked")
	void discoveryDocumentListsTheIssuerTheJwksAndThePasswordGrant() {
		HttpResponse<String> response = this.provider.get("/.well-known/openid-configuration", "application/json");

		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> discovery = json(response);
		assertThat(discovery).containsEntry("issuer", ISSUER)
			.containsEntry("jwks_uri", ISSUER + "/oauth2/jwks")
			.containsEntry("token_endpoint", ISSUER + "/oauth2/token");
		assertThat((List<Object>) discovery.get("grant_types_supported")).contains("client_credentials",
				"authorization_code", "password");
	}

	@Test
	void healthAndMetricsAreOpenWithoutAToken() {
		HttpResponse<String> health = this.provider.get("/actuator/health", "application/json");
		HttpResponse<String> prometheus = this.provider.get("/actuator/prometheus", "text/plain");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(json(health)).containsEntry("status", "UP");
		assertThat(prometheus.statusCode()).isEqualTo(200);
		assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void portalAuthorizationRequestSendsABrowserToTheSignInPage() {
		String authorize = "/oauth2/authorize?response_type=code&client_id=portal&scope=openid%20smenet"
				+ "&redirect_uri=" + this.properties.portal().redirectUris().get(0)
				+ "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";

		HttpResponse<String> response = this.provider.get(authorize, "text/html");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/login"));
	}

	/** Verifies as a resource server of the network would: signature from the JWKS, issuer, audience. */
	private Jwt verifiedLikeAService(String token) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(this.provider.base() + "/oauth2/jwks").build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(ISSUER),
				new JwtClaimValidator<List<String>>("aud", (aud) -> aud != null && aud.contains("smenet"))));
		return decoder.decode(token);
	}
}
