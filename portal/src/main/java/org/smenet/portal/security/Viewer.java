package org.smenet.portal.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is looking at a page: the signed-in person (from the access token the gateway relayed), or nobody.
 * The token value is kept only to call the services on this person's behalf; it is never written into a page.
 */
public record Viewer(String subject, String economy, String org, List<String> roles, String token) {

    public static final Viewer ANONYMOUS = new Viewer(null, null, null, List.of(), null);

    public static Viewer current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            Object roles = jwt.getClaim("roles");
            List<String> names = roles instanceof Collection<?> c ? c.stream().map(String::valueOf).toList()
                    : roles instanceof String s ? List.of(s.split("[ ,]+")) : List.of();
            return new Viewer(jwt.getSubject(), jwt.getClaimAsString("economy"), jwt.getClaimAsString("org"), names,
                    jwt.getTokenValue());
        }
        return ANONYMOUS;
    }

    public boolean signedIn() {
        return subject != null;
    }

    public boolean isSme() {
        return roles.contains("SME");
    }

    public boolean isFocalPoint() {
        return roles.contains("FOCAL_POINT");
    }

    public boolean isOperator() {
        return roles.contains("NETWORK_OPERATOR") || roles.contains("ECONOMY_ADMIN");
    }

    @Override
    public String toString() {
        return "Viewer[" + subject + ", " + economy + ", " + org + ", " + roles + "]";
    }
}
