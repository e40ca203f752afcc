package org.smenet.portal.security;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import org.smenet.portal.PortalProperties;

/**
 * The portal's own access token for public pages seen by nobody in particular (client credentials of the
 * {@code portal-reader} client, which has no role and so can only read). Kept until shortly before it expires.
 */
@Component
public class ReaderToken {

    private static final Logger log = LoggerFactory.getLogger(ReaderToken.class);

    private final RestClient http;
    private final PortalProperties properties;
    private volatile String token;
    private volatile Instant renewAfter = Instant.EPOCH;

    public ReaderToken(RestClient backend, PortalProperties properties) {
        this.http = backend;
        this.properties = properties;
    }

    public Optional<String> get() {
        if (token != null && Instant.now().isBefore(renewAfter)) {
            return Optional.of(token);
        }
        synchronized (this) {
            if (token == null || !Instant.now().isBefore(renewAfter)) {
                fetch();
            }
            return Optional.ofNullable(token);
        }
    }

    private void fetch() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("scope", "smenet");
        try {
            Map<String, Object> answer = http.post().uri(properties.issuerUri() + "/oauth2/token")
                    .headers(h -> h.setBasicAuth(properties.reader().clientId(), properties.reader().secret()))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .body(new ParameterizedTypeReference<>() { });
            long expiresIn = answer.get("expires_in") instanceof Number n ? n.longValue() : 300;
            token = (String) answer.get("access_token");
            renewAfter = Instant.now().plusSeconds(Math.max(10, expiresIn - 60));
        } catch (RestClientException e) {
            log.warn("no reader token from {}: {}", properties.issuerUri(), e.getMessage());
            token = null;
            // do not ask again on every page while the issuer is away
            renewAfter = Instant.now().plusSeconds(10);
        }
    }
}
