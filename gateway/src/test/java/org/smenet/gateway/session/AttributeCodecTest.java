package org.smenet.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/** What a sign-in leaves in a session comes back intact; anything else is refused before it is built. */
class AttributeCodecTest {

    @Test
    void aSignedInPersonsContextTokensAndPendingSignInComeBackIntact() throws Exception {
        Instant now = Instant.now();
        OidcIdToken idToken = new OidcIdToken("header.claims.signature", now, now.plusSeconds(300), Map.of(
                "sub", "sme-cl", "iss", URI.create("http://127.0.0.1:9000").toURL(), "aud", List.of("portal"),
                "economy", "CL", "roles", List.of("SME"), "iat", now, "exp", now.plusSeconds(300)));
        DefaultOidcUser user = new DefaultOidcUser(Set.of(new OidcUserAuthority(idToken),
                new SimpleGrantedAuthority("SCOPE_smenet")), idToken, "sub");
        SecurityContext context = new SecurityContextImpl(
                new OAuth2AuthenticationToken(user, user.getAuthorities(), "portal"));
        ClientRegistration registration = ClientRegistration.withRegistrationId("portal").clientId("portal")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid", "smenet")
                .authorizationUri("http://127.0.0.1:9000/oauth2/authorize").tokenUri("http://127.0.0.1:9000/oauth2/token")
                .jwkSetUri("http://127.0.0.1:9000/oauth2/jwks").userNameAttributeName("sub")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", "http://127.0.0.1:9000/connect/logout"))
                .build();
        Map<String, OAuth2AuthorizedClient> clients = new HashMap<>(Map.of("portal", new OAuth2AuthorizedClient(
                registration, "sme-cl",
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "eyJ.access", now, now.plusSeconds(300),
                        Set.of("openid", "smenet")))));
        OAuth2AuthorizationRequest pending = OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri("http://127.0.0.1:9000/oauth2/authorize").clientId("portal")
                .redirectUri("http://gateway/login/oauth2/code/portal").scopes(Set.of("openid")).state("state-1")
                .additionalParameters(Map.of("nonce", "n", "code_challenge", "c", "code_challenge_method", "S256"))
                .attributes(Map.of("registration_id", "portal", "code_verifier", "v", "nonce", "raw"))
                .build();

        SecurityContext contextBack = (SecurityContext) AttributeCodec.read(AttributeCodec.write(context));
        var signedIn = (OAuth2AuthenticationToken) contextBack.getAuthentication();
        assertThat(signedIn.getName()).isEqualTo("sme-cl");
        assertThat(((DefaultOidcUser) signedIn.getPrincipal()).getIdToken().getTokenValue()).isEqualTo("header.claims.signature");
        assertThat(signedIn.getAuthorities()).hasSize(2);

        @SuppressWarnings("unchecked")
        var clientsBack = (Map<String, OAuth2AuthorizedClient>) AttributeCodec.read(AttributeCodec.write(clients));
        assertThat(clientsBack.get("portal").getAccessToken().getTokenValue()).isEqualTo("eyJ.access");
        assertThat(clientsBack.get("portal").getClientRegistration().getProviderDetails().getConfigurationMetadata())
                .containsEntry("end_session_endpoint", "http://127.0.0.1:9000/connect/logout");

        var pendingBack = (OAuth2AuthorizationRequest) AttributeCodec.read(AttributeCodec.write(pending));
        assertThat(pendingBack.getState()).isEqualTo("state-1");
        assertThat(pendingBack.<String>getAttribute("code_verifier")).isEqualTo("v");

        assertThat(AttributeCodec.read(AttributeCodec.write("/portal/me?x=1"))).isEqualTo("/portal/me?x=1");
    }

    @Test
    void refusesAClassOutsideTheAllowListEvenInsideAnAllowedCollection() throws IOException {
        assertThatThrownBy(() -> AttributeCodec.read(serialized(new File("/etc/passwd"))))
                .isInstanceOf(AttributeCodec.Unreadable.class);
        assertThatThrownBy(() -> AttributeCodec.read(serialized(new HashMap<>(Map.of("k", new Outsider())))))
                .isInstanceOf(AttributeCodec.Unreadable.class);
        assertThatThrownBy(() -> AttributeCodec.read(new byte[] {1, 2, 3}))
                .isInstanceOf(AttributeCodec.Unreadable.class);
    }

    record Outsider() implements Serializable {
    }

    private static byte[] serialized(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }
}
