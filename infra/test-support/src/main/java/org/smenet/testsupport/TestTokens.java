package org.smenet.testsupport;

import java.util.List;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Access tokens for MockMvc tests, shaped like the identity provider's (claims economy, org, roles). */
public final class TestTokens {

    private TestTokens() {
    }

    public static JwtRequestPostProcessor token(String economy, String org, String... roles) {
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(jwt -> jwt.subject(org + "-user").claim("economy", economy).claim("org", org)
                        .claim("roles", List.of(roles)).audience(List.of("smenet")))
                .authorities(java.util.Arrays.stream(roles).<org.springframework.security.core.GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
    }
}
