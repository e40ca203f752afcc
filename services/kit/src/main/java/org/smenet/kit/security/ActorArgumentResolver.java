package org.smenet.kit.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.smenet.kit.errors.RuleViolation;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Fills an {@link Actor} controller argument from the validated JWT of the request. */
public class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new RuleViolation("unauthenticated", HttpStatus.UNAUTHORIZED, null, "An access token is required");
        }
        return fromJwt(jwt);
    }

    public static Actor fromJwt(Jwt jwt) {
        return new Actor(jwt.getSubject(), jwt.getClaimAsString("economy"), jwt.getClaimAsString("org"),
                roles(jwt.getClaim("roles")));
    }

    static Set<Role> roles(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                try {
                    roles.add(Role.valueOf(String.valueOf(value)));
                } catch (IllegalArgumentException unknownRole) {
                    // roles of other systems in the same token are not ours to interpret
                }
            }
        } else if (claim instanceof String value) {
            for (String part : value.split("[ ,]+")) {
                roles(java.util.List.of(part)).forEach(roles::add);
            }
        }
        return roles;
    }
}
