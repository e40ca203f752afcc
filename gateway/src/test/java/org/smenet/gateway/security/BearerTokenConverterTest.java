package org.smenet.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;

/** The loop-based converter answers exactly as Spring's regular-expression one, input by input. */
class BearerTokenConverterTest {

    private static final List<String> HEADERS = List.of(
            "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl",
            "bearer abc", "BEARER abc", "Bearer abc==", "Bearer a-b.c_d~e+f/g", "Bearer abc=d", "Bearer ab c",
            "Bearer ", "Bearer", "Bearerabc", "Bearer  abc", "Bearer\tabc", "Bearer abc ", "Bearer ab%c",
            "Bearer abç", "Bearer ===", "Basic dXNlcjpwYXNz", "Token abc", "", "bear abc");

    private final ServerAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();
    private final ServerAuthenticationConverter ours = new BearerTokenConverter();

    @Test
    void answersEveryAuthorizationHeaderAsSpringSecurityDoes() {
        for (String header : HEADERS) {
            assertThat(outcome(ours, header)).as(header).isEqualTo(outcome(spring, header));
        }
        assertThat(outcome(ours, null)).isEqualTo(outcome(spring, null)).isEqualTo("none");
        assertThat(outcome(ours, "Bearer abc==")).isEqualTo("token abc==");
        assertThat(outcome(ours, "Bearer ab c")).isEqualTo("error invalid_token Bearer token is malformed");
    }

    private static String outcome(ServerAuthenticationConverter converter, String header) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/registry/x");
        if (header != null) {
            request.header(HttpHeaders.AUTHORIZATION, header);
        }
        try {
            Optional<Authentication> result = converter.convert(MockServerWebExchange.from(request)).blockOptional();
            return result.map(a -> "token " + ((BearerTokenAuthenticationToken) a).getToken()).orElse("none");
        } catch (OAuth2AuthenticationException e) {
            return "error " + e.getError().getErrorCode() + " " + e.getError().getDescription();
        }
    }
}
