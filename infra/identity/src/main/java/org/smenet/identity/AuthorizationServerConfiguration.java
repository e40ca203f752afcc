package org.smenet.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.smenet.identity.account.DemoAccounts;
import org.smenet.identity.client.SeededClients;
import org.smenet.identity.key.SigningKeyFile;
import org.smenet.identity.token.BoundedAuthorizationService;
import org.smenet.identity.token.SmenetClaims;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * The parts of the authorization server built from the seed: accounts, clients, signing key and the one
 * token generator that every grant, including the dev-only password grant, issues its tokens with.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

	@Bean
	AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
		return AuthorizationServerSettings.builder().issuer(properties.issuerUri()).build();
	}

	@Bean
	DemoAccounts demoAccounts(IdentityProperties properties) {
		return new DemoAccounts(properties.accounts(), properties.demoPassword());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SeededClients seededClients(IdentityProperties properties) {
		return new SeededClients(properties);
	}

	@Bean
	RegisteredClientRepository registeredClientRepository(SeededClients clients) {
		return clients.repository();
	}

	@Bean
	OAuth2AuthorizationService authorizationService(IdentityProperties properties) {
		return new BoundedAuthorizationService(properties.rememberedAuthorizations());
	}

	@Bean
	JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
		return new ImmutableJWKSet<>(new JWKSet(new SigningKeyFile(properties.keyFile()).loadOrCreate()));
	}

	@Bean
	JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
		return new NimbusJwtEncoder(jwkSource);
	}

	@Bean
	SmenetClaims smenetClaims(DemoAccounts accounts, SeededClients clients, IdentityProperties properties) {
		return new SmenetClaims(accounts, clients, properties.audience());
	}

	@Bean
	OAuth2TokenGenerator<OAuth2Token> tokenGenerator(JwtEncoder jwtEncoder, SmenetClaims claims) {
		JwtGenerator jwts = new JwtGenerator(jwtEncoder);
		jwts.setJwtCustomizer(claims);
		return new DelegatingOAuth2TokenGenerator(jwts, new OAuth2AccessTokenGenerator(),
				new OAuth2RefreshTokenGenerator());
	}
}
