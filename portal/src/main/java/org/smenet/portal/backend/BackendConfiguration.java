package org.smenet.portal.backend;

import java.net.http.HttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import org.smenet.portal.PortalProperties;

@Configuration
class BackendConfiguration {

    /** One HTTP client for every service call, bounded so that a slow service only slows its own part of a page. */
    @Bean
    RestClient backend(PortalProperties properties) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .version(HttpClient.Version.HTTP_1_1).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(properties.timeout());
        return RestClient.builder().requestFactory(factory).build();
    }
}
