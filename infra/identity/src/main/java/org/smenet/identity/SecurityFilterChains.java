package org.smenet.identity;

import java.util.Set;

import org.smenet.identity.account.DemoAccounts;
import org.smenet.identity.password.PasswordGrant;
import org.smenet.identity.password.PasswordGrantAuthenticationProvider;
import org.smenet.identity.password.PasswordGrantConverter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Two filter chains: the authorization server's endpoints (token, JWKS, discovery, authorize, userinfo),
 * and everything else (sign-in form for the portal's authorization code flow, open health and metrics).
 */
@Configuration(proxyBeanMethods = false)
class SecurityFilterChains {

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerChain(HttpSecurity http, IdentityProperties properties,
			DemoAccounts accounts, PasswordEncoder passwordEncoder, OAuth2AuthorizationService authorizations,
			OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator) {
		DaoAuthenticationProvider users = new DaoAuthenticationProvider(accounts);
		users.setPasswordEncoder(passwordEncoder);
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc(Customizer.withDefaults());
			if (properties.cli().enabled()) {
				server.tokenEndpoint((token) -> token.accessTokenRequestConverter(new PasswordGrantConverter())
					.authenticationProvider(
							new PasswordGrantAuthenticationProvider(users, authorizations, tokenGenerator)));
				server.oidc((oidc) -> oidc.providerConfigurationEndpoint((endpoint) -> endpoint
					.providerConfigurationCustomizer((metadata) -> metadata.grantType(PasswordGrant.TYPE.getValue()))));
				server.authorizationServerMetadataEndpoint((endpoint) -> endpoint
					.authorizationServerMetadataCustomizer((metadata) -> metadata.grantType(PasswordGrant.TYPE.getValue())));
			}
		});
		http.authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated());
		http.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()));
		http.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
				new LoginUrlAuthenticationEntryPoint("/login"), browserRequests()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain applicationChain(HttpSecurity http) {
		http.authorizeHttpRequests((authorize) -> authorize
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
					"/error")
			.permitAll()
			.anyRequest()
			.authenticated());
		http.formLogin(Customizer.withDefaults());
		return http.build();
	}

	private static MediaTypeRequestMatcher browserRequests() {
		MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return matcher;
	}
}
