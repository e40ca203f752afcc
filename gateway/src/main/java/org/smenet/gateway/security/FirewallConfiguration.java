package org.smenet.gateway.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

import org.smenet.gateway.edge.CorrelationId;
import org.smenet.gateway.problem.Problem;
import org.smenet.gateway.problem.ProblemWriter;

/**
 * Spring Security's strict firewall, unchanged in what it refuses (non-normalized paths, {@code ;},
 * encoded {@code /}, {@code %} or {@code .}, backslash, NUL, CR/LF, unknown methods, control characters
 * in headers), with two differences:
 * <ul>
 * <li>a refusal is a 400 problem ({@code https://smenet.org/problems/bad-request}), not a bare 400;</li>
 * <li>header names and values are checked with a loop instead of Spring's Unicode-class regular
 * expressions, which ran on every header read of every request (same rule: assigned code points, no
 * ISO control characters except a tab in values).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class FirewallConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FirewallConfiguration.class);

    @Bean
    ServerWebExchangeFirewall serverWebExchangeFirewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(name -> isAllowedHeaderText(name, false));
        firewall.setAllowedHeaderValues(value -> isAllowedHeaderText(value, true));
        return firewall;
    }

    @Bean
    ServerExchangeRejectedHandler serverExchangeRejectedHandler(ProblemWriter problems) {
        return (exchange, rejected) -> {
            CorrelationId.inMdc(exchange, () -> log.debug("Refused {} {}: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), rejected.getMessage()));
            return problems.write(exchange, Problem.of("bad-request", "Bad request", HttpStatus.BAD_REQUEST,
                    "The request was refused: its method, path or headers are not in a form the gateway accepts "
                            + "(for example ';', '//', '..', an encoded '/', '%' or '.', a backslash or a control "
                            + "character)."));
        };
    }

    /** Same rule as Spring's header patterns: assigned code points, no ISO control characters (tab if allowed). */
    static boolean isAllowedHeaderText(String text, boolean allowTab) {
        if (text == null) {
            return true;
        }
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                i++;
                continue;
            }
            if (c == '\t' && allowTab) {
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            if (Character.getType(codePoint) == Character.UNASSIGNED || Character.isISOControl(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
