package org.smenet.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import org.junit.jupiter.api.Test;

class ChartLintTest {

    @Test
    void passesStrictLint() {
        var result = new Helm(RenderedChart.CHART).lint().strict().call();

        assertThat(result.isFailed()).as("helm lint --strict: %s", result.getMessages()).isFalse();
        assertThat(result.getMessages()).noneMatch(message -> message.startsWith("[WARNING]")
                || message.startsWith("[ERROR]"));
    }
}
