package org.smenet.kit.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code smenet-kit.properties} as the LAST property source, before any bean or auto-configuration
 * condition reads the environment: the shared defaults of every service, which its own
 * {@code application.yml}, the environment and the command line all override.
 */
public class KitDefaults implements EnvironmentPostProcessor {

    static final String NAME = "smenet-kit-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(NAME)) {
            return;
        }
        try {
            environment.getPropertySources().addLast(
                    new ResourcePropertySource(NAME, new ClassPathResource("smenet-kit.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
