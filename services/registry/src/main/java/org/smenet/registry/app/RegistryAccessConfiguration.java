package org.smenet.registry.app;

import org.smenet.kit.authority.Authority;
import org.smenet.registry.domain.RegistryAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry's access rules, with focal-point standing taken from the kit's designations. */
@Configuration(proxyBeanMethods = false)
class RegistryAccessConfiguration {

    @Bean
    RegistryAccess registryAccess(Authority authority) {
        return new RegistryAccess(authority::isFocalPoint);
    }
}
