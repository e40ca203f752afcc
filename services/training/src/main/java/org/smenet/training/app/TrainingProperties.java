package org.smenet.training.app;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code smenet.training.*}: where the node is reached from outside (issuer ids and status list URLs
 * start with it) and how long a retired signing key stays published, so that what it signed still verifies.
 */
@ConfigurationProperties("smenet.training")
public record TrainingProperties(
        @DefaultValue("http://127.0.0.1:8080") String publicBaseUrl,
        @DefaultValue("3650d") Duration retiredKeyPublication) {

    public String issuerId(String economy) {
        return publicBaseUrl + "/api/training/issuers/" + economy;
    }

    public String statusListUrl(String list) {
        return publicBaseUrl + "/api/training/status-lists/" + list;
    }

    public String courseUrl(String courseId) {
        return publicBaseUrl + "/api/training/courses/" + courseId;
    }
}
