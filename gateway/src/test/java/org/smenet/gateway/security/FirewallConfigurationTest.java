package org.smenet.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/** The loop-based header checks accept and refuse exactly what Spring's patterns do. */
class FirewallConfigurationTest {

    private static final List<String> SAMPLES = List.of("", "Authorization", "x-correlation-id",
            "Bearer abc.def-ghi", "text/html; q=0.9", "a\tb", "a\nb", "a\rb", "a\u0000b", "a\u007fb",
            "a\u0085b", "caf\u00e9", "\u0e44\u0e17\u0e22", "\ud83d\ude00", "a\u0378b", "\ud800", "a\u2028b",
            "~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./");

    @Test
    void checksHeaderNamesAndValuesAsSpringSecurityDoes() {
        for (String sample : SAMPLES) {
            assertThat(FirewallConfiguration.isAllowedHeaderText(sample, false)).as("name %s", sample)
                    .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(sample));
            assertThat(FirewallConfiguration.isAllowedHeaderText(sample, true)).as("value %s", sample)
                    .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(sample));
        }
        assertThat(FirewallConfiguration.isAllowedHeaderText(null, true)).isTrue();
    }
}
