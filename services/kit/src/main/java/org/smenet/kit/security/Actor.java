package org.smenet.kit.security;

import java.util.Set;

/**
 * Who is acting: taken from the access token only (claims {@code economy}, {@code org}, {@code roles}),
 * never from a header or a request body. Services receive it as a controller method argument.
 */
public record Actor(String subject, String economy, String org, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean actsFor(String economy) {
        return this.economy != null && this.economy.equals(economy);
    }
}
