package org.smenet.identity.password;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.util.StringUtils;

/**
 * Reads a {@code grant_type=password} request at the token endpoint. Only form parameters count: a password
 * in the query string would end up in access logs, so such a request is refused.
 */
public final class PasswordGrantConverter implements AuthenticationConverter {

	// Spring Security 7 dropped these names along with the grant.
	static final String USERNAME = "username";

	static final String PASSWORD = "password";

	private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc6749#section-5.2";

	@Override
	public Authentication convert(HttpServletRequest request) {
		if (!PasswordGrant.TYPE.getValue().equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))) {
			return null;
		}
		Map<String, String[]> form = formParameters(request);
		String username = single(form, USERNAME);
		String password = single(form, PASSWORD);
		String scope = form.containsKey(OAuth2ParameterNames.SCOPE) ? single(form, OAuth2ParameterNames.SCOPE) : "";
		Set<String> scopes = new LinkedHashSet<>(Arrays.asList(StringUtils.delimitedListToStringArray(scope, " ")));
		scopes.removeIf(String::isBlank);

		Map<String, Object> additional = new HashMap<>();
		form.forEach((name, values) -> {
			if (!Set.of(OAuth2ParameterNames.GRANT_TYPE, USERNAME, PASSWORD,
					OAuth2ParameterNames.SCOPE)
				.contains(name)) {
				additional.put(name, values.length == 1 ? values[0] : values);
			}
		});
		Authentication client = SecurityContextHolder.getContext().getAuthentication();
		return new PasswordGrantAuthenticationToken(client, username, password, scopes, additional);
	}

	private static Map<String, String[]> formParameters(HttpServletRequest request) {
		String query = request.getQueryString() == null ? "" : "&" + request.getQueryString();
		Map<String, String[]> form = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (query.contains("&" + name + "=")) {
				if (PASSWORD.equals(name)) {
					throw invalidRequest("password must be sent in the request body, not the query string");
				}
				return;
			}
			form.put(name, values);
		});
		return form;
	}

	private static String single(Map<String, String[]> form, String name) {
		String[] values = form.get(name);
		if (values == null || values.length != 1 || !StringUtils.hasText(values[0])) {
			throw invalidRequest("exactly one '" + name + "' parameter is required");
		}
		return values[0];
	}

	private static OAuth2AuthenticationException invalidRequest(String description) {
		return new OAuth2AuthenticationException(
				new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, description, ERROR_URI));
	}
}
