package org.smenet.testsupport;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Points a test's application context at the infrastructure its {@link NodeInfrastructure} picks. */
public class NodeInfrastructureCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        NodeInfrastructure annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
                NodeInfrastructure.class);
        return annotation == null ? null : new Customizer(annotation.mode());
    }

    private record Customizer(NodeInfrastructure.Mode mode) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Infrastructure.Endpoints endpoints = Infrastructure.endpoints(mode);
            Map<String, Object> properties = new java.util.LinkedHashMap<>(TestPeers.properties());
            properties.put("spring.kafka.bootstrap-servers", endpoints.kafkaBootstrap());
            properties.put("spring.mongodb.uri", endpoints.mongoUri());
            properties.put("smenet.test.infrastructure", endpoints.description());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("smenet-test-infrastructure",
                    properties));
        }
    }
}
