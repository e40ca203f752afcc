package org.smenet.kit.node;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.smenet.kit.security.ActorArgumentResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every unsafe request (POST, PUT, PATCH, DELETE) of a token whose economy this node does not host is
 * refused before a controller runs: the rule holds for every endpoint of every service, including the
 * ones written later, without each use case having to remember it.
 */
public class HostedEconomyInterceptor implements HandlerInterceptor {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final HostedEconomies hosted;

    public HostedEconomyInterceptor(HostedEconomies hosted) {
        this.hosted = hosted;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (SAFE.contains(request.getMethod())) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            hosted.requireHosted(ActorArgumentResolver.fromJwt(jwt));
        }
        return true;
    }
}
