package org.smenet.opportunities.delivery;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.opportunities.app.OpportunitiesProperties;

/** In production a webhook is https and never points into the node's own or private networks. */
class WebhookTargetsTest {

    final WebhookTargets production = new WebhookTargets(new OpportunitiesProperties(Duration.ofDays(14),
            Duration.ofSeconds(30), "k", Duration.ofSeconds(15), new OpportunitiesProperties.Webhooks(false, 8, Duration.ofSeconds(1),
                    Duration.ofMinutes(10), 5, Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofDays(1),
                    Duration.ofMillis(200), "smenet-opportunities"), Duration.ofDays(14)));

    @Test
    void plainHttpIsRefused() {
        assertThatThrownBy(() -> production.validate("http://93.184.215.14/hook")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("https");
    }

    @Test
    void loopbackPrivateAndLinkLocalTargetsAreRefused() {
        for (String url : new String[] {"https://127.0.0.1/hook", "https://localhost/hook", "https://10.1.2.3/hook",
                "https://192.168.0.10/hook", "https://172.16.5.4/hook", "https://169.254.169.254/latest",
                "https://[::1]/hook", "https://[fd00::1]/hook", "https://0.0.0.0/hook", "https://100.64.0.1/hook"}) {
            assertThatThrownBy(() -> production.validate(url)).as(url).isInstanceOf(RuleViolation.class)
                    .extracting(e -> ((RuleViolation) e).kind()).isEqualTo("webhook-target-forbidden");
        }
    }

    @Test
    void aPublicHttpsTargetIsAccepted() {
        assertThatCode(() -> production.validate("https://93.184.215.14/hooks/smenet")).doesNotThrowAnyException();
    }
}
