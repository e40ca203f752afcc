package org.smenet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

/** The gateway's main chooses Commons Logging's Log4j API adapter, which checks the level before building a message. */
class GatewayApplicationLoggingTest {

    @Test
    void choosesTheLevelCheckingAdapterUnlessOneIsConfigured() throws Exception {
        String previous = System.getProperty(GatewayApplication.LOG_FACTORY);
        try {
            System.clearProperty(GatewayApplication.LOG_FACTORY);
            GatewayApplication.useLevelCheckingCommonsLogging();
            String chosen = System.getProperty(GatewayApplication.LOG_FACTORY);
            assertThat(chosen).isEqualTo("org.apache.commons.logging.impl.Log4jApiLogFactory");

            // the adapter exists, reaches Logback through log4j-to-slf4j, and never builds a message below the level
            LogFactory factory = (LogFactory) Class.forName(chosen).getDeclaredConstructor().newInstance();
            Log log = factory.getInstance("org.smenet.gateway.logging-test");
            assertThat(log.isTraceEnabled()).isFalse();
            Object message = new Object() {
                @Override
                public String toString() {
                    throw new AssertionError("message built for a disabled level");
                }
            };
            log.trace(message);

            System.setProperty(GatewayApplication.LOG_FACTORY, "some.other.Factory");
            GatewayApplication.useLevelCheckingCommonsLogging();
            assertThat(System.getProperty(GatewayApplication.LOG_FACTORY)).isEqualTo("some.other.Factory");
        } finally {
            if (previous == null) {
                System.clearProperty(GatewayApplication.LOG_FACTORY);
            } else {
                System.setProperty(GatewayApplication.LOG_FACTORY, previous);
            }
        }
    }
}
