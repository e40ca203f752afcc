package org.smenet.identity.client;

import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web portal: a public client using the authorization code grant with PKCE. Redirect URIs must match
 * exactly (Spring Authorization Server accepts no wildcards), so list every one the portal uses.
 */
public record PortalClient(
		@DefaultValue("portal") String clientId,
		@DefaultValue({ "http://127.0.0.1:8080/login/oauth2/code/portal", "http://127.0.0.1:8080/portal/callback" })
		List<String> redirectUris,
		@DefaultValue("http://127.0.0.1:8080/") List<String> postLogoutRedirectUris) {
}
