package org.smenet.portal.backend;

import java.net.URI;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import org.smenet.portal.PortalProperties;
import org.smenet.portal.security.ReaderToken;
import org.smenet.portal.security.Viewer;

/**
 * Calls the services' APIs for a page: as the signed-in person (their relayed token) or, for nobody in
 * particular, with the portal's reader token. A refusal or an absent service becomes an {@link Answer} the page
 * shows; it never turns into an error page.
 */
@Component
public class ServiceCalls {

    private static final Logger log = LoggerFactory.getLogger(ServiceCalls.class);
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() { };

    private final RestClient http;
    private final PortalProperties properties;
    private final ReaderToken reader;

    public ServiceCalls(RestClient backend, PortalProperties properties, ReaderToken reader) {
        this.http = backend;
        this.properties = properties;
        this.reader = reader;
    }

    public Answer get(String service, String pathAndQuery, Viewer viewer) {
        return call(HttpMethod.GET, service, pathAndQuery, null, null, token(viewer));
    }

    /**
     * A GET whose answer is a JSON array (a course's sessions): the array becomes the {@code items} of the answer,
     * so a page reads it as any page of results.
     */
    public Answer getItems(String service, String pathAndQuery, Viewer viewer) {
        URI uri = URI.create(properties.services().of(service) + pathAndQuery);
        String token = token(viewer);
        try {
            java.util.List<Object> items = http.get().uri(uri)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .headers(h -> {
                        if (token != null) {
                            h.setBearerAuth(token);
                        }
                    })
                    .retrieve().body(new ParameterizedTypeReference<java.util.List<Object>>() { });
            return new Answer(200, Map.of("items", items == null ? java.util.List.of() : items), null);
        } catch (RestClientResponseException refused) {
            Map<String, Object> problem;
            try {
                problem = refused.getResponseBodyAs(JSON_OBJECT);
            } catch (RuntimeException notJson) {
                problem = null;
            }
            return new Answer(refused.getStatusCode().value(), problem == null ? Map.of() : problem, null);
        } catch (ResourceAccessException unreachable) {
            log.warn("GET {} unreachable: {}", uri, unreachable.getMessage());
            return Answer.unreachable(service);
        } catch (RuntimeException unexpected) {
            log.warn("GET {} failed: {}", uri, unexpected.toString());
            return new Answer(502, Map.of("detail", service + " answered something unexpected"), null);
        }
    }

    /** A public path of a service (certificate verification): no token at all. */
    public Answer getPublic(String service, String pathAndQuery) {
        return call(HttpMethod.GET, service, pathAndQuery, null, null, null);
    }

    public Answer send(HttpMethod method, String service, String path, Object body, String ifMatch, Viewer viewer) {
        return call(method, service, path, body, ifMatch, viewer.token());
    }

    /** The service's own health endpoint (the operator's page). */
    public Answer health(String service) {
        return call(HttpMethod.GET, service, "/actuator/health", null, null, null);
    }

    // sme pages: an API that answers a JSON array (the subscriptions) and one that answers text (a subscription's Atom)
    /** A GET whose answer is a JSON array: its elements become the answer's {@code items}. */
    public Answer getList(String service, String path, Viewer viewer) {
        URI uri = URI.create(properties.services().of(service) + path);
        try {
            ResponseEntity<java.util.List<Map<String, Object>>> response = http.get().uri(uri)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .headers(h -> h.setBearerAuth(String.valueOf(viewer.token())))
                    .retrieve().toEntity(new ParameterizedTypeReference<java.util.List<Map<String, Object>>>() { });
            java.util.List<Map<String, Object>> items = response.getBody() == null ? java.util.List.of() : response.getBody();
            return new Answer(response.getStatusCode().value(), Map.of("items", items), response.getHeaders().getETag());
        } catch (RestClientResponseException refused) {
            return call(HttpMethod.GET, service, path, null, null, viewer.token());
        } catch (ResourceAccessException unreachable) {
            log.warn("GET {} unreachable: {}", uri, unreachable.getMessage());
            return Answer.unreachable(service);
        } catch (RuntimeException unexpected) {
            log.warn("GET {} failed: {}", uri, unexpected.toString());
            return new Answer(502, Map.of("detail", service + " answered something unexpected"), null);
        }
    }

    /** A GET answered as text of the given type (an Atom document), or empty when refused or unreachable. */
    public java.util.Optional<String> getText(String service, String path, String accept, Viewer viewer) {
        URI uri = URI.create(properties.services().of(service) + path);
        try {
            return java.util.Optional.ofNullable(http.get().uri(uri).header(HttpHeaders.ACCEPT, accept)
                    .headers(h -> h.setBearerAuth(String.valueOf(viewer.token()))).retrieve().body(String.class));
        } catch (RuntimeException refusedOrUnreachable) {
            log.warn("GET {} failed: {}", uri, refusedOrUnreachable.toString());
            return java.util.Optional.empty();
        }
    }
    // end sme pages

    private String token(Viewer viewer) {
        return viewer.signedIn() ? viewer.token() : reader.get().orElse(null);
    }

    private Answer call(HttpMethod method, String service, String pathAndQuery, Object body, String ifMatch,
                        String token) {
        URI uri = URI.create(properties.services().of(service) + pathAndQuery);
        try {
            RestClient.RequestBodySpec request = http.method(method).uri(uri)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .headers(h -> {
                        if (token != null) {
                            h.setBearerAuth(token);
                        }
                        if (ifMatch != null) {
                            h.set(HttpHeaders.IF_MATCH, ifMatch);
                        }
                    });
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            ResponseEntity<Map<String, Object>> response = request.retrieve().toEntity(JSON_OBJECT);
            return new Answer(response.getStatusCode().value(), response.getBody(), response.getHeaders().getETag());
        } catch (RestClientResponseException refused) {
            Map<String, Object> problem;
            try {
                problem = refused.getResponseBodyAs(JSON_OBJECT);
            } catch (RuntimeException notJson) {
                problem = null;
            }
            return new Answer(refused.getStatusCode().value(), problem == null ? Map.of() : problem, null);
        } catch (ResourceAccessException unreachable) {
            log.warn("{} {} unreachable: {}", method, uri, unreachable.getMessage());
            return Answer.unreachable(service);
        } catch (RuntimeException unexpected) {
            log.warn("{} {} failed: {}", method, uri, unexpected.toString());
            return new Answer(502, Map.of("detail", service + " answered something unexpected"), null);
        }
    }
}
