package org.smenet.opportunities.delivery;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.smenet.kit.errors.RuleViolation;
import org.smenet.opportunities.app.OpportunitiesProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Where a webhook may point, and the CloudEvents abuse-protection handshake that proves the target wants
 * the deliveries: https only, and never loopback, private, link-local or multicast addresses, unless
 * the node allows insecure local targets for development.
 */
@Component
public class WebhookTargets {

    public static final String FIELD = "webhookUrl";

    private final OpportunitiesProperties.Webhooks properties;
    private final HttpClient http;

    public WebhookTargets(OpportunitiesProperties properties) {
        this.properties = properties.webhooks();
        this.http = HttpClient.newBuilder().connectTimeout(this.properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public URI validate(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception malformed) {
            throw RuleViolation.invalid(FIELD, "webhookUrl is not a URL");
        }
        String scheme = uri.getScheme();
        if (uri.getHost() == null || scheme == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw RuleViolation.invalid(FIELD, "webhookUrl must be an absolute https URL with a host, no credentials, no fragment");
        }
        boolean insecureAllowed = properties.allowInsecureLocal();
        if (!scheme.equals("https") && !(insecureAllowed && scheme.equals("http"))) {
            throw RuleViolation.invalid(FIELD, "webhookUrl must use https");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException unknown) {
            throw RuleViolation.invalid(FIELD, "the host of webhookUrl does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!insecureAllowed && internal(address)) {
                throw new RuleViolation("webhook-target-forbidden", HttpStatus.BAD_REQUEST, FIELD,
                        "webhookUrl points to a loopback, private or link-local address");
            }
        }
        return uri;
    }

    private static boolean internal(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        boolean carrierNat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || uniqueLocalV6 || carrierNat;
    }

    /**
     * CloudEvents webhook validation: {@code OPTIONS} with {@code WebHook-Request-Origin}; the target must
     * answer 2xx with {@code WebHook-Allowed-Origin} naming this origin or {@code *}.
     */
    public void handshake(URI target) {
        HttpRequest request = HttpRequest.newBuilder(target).timeout(properties.timeout())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("WebHook-Request-Origin", properties.origin()).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            String allowed = response.headers().firstValue("WebHook-Allowed-Origin").orElse("");
            if (response.statusCode() / 100 == 2 && (allowed.equals("*") || allowed.equals(properties.origin()))) {
                return;
            }
            throw handshakeFailed("the target answered " + response.statusCode() + " without allowing origin "
                    + properties.origin());
        } catch (java.io.IOException e) {
            throw handshakeFailed("the target could not be reached: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw handshakeFailed("interrupted");
        }
    }

    private static RuleViolation handshakeFailed(String why) {
        return new RuleViolation("webhook-handshake-failed", HttpStatus.BAD_REQUEST, FIELD,
                "The webhook did not pass the CloudEvents abuse-protection handshake (OPTIONS with "
                        + "WebHook-Request-Origin): " + why);
    }

    public Duration timeout() {
        return properties.timeout();
    }
}
