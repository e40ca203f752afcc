package org.smenet.identity.token;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Keeps the most recent authorizations in memory and forgets the oldest beyond a limit. The stock in-memory
 * service keeps every issued token forever, which a benchmark hammering the token endpoint would turn into
 * an out-of-memory error in a 256 MB heap. Forgetting only affects introspection and revocation of old
 * tokens; the JWTs themselves stay valid until they expire.
 */
public final class BoundedAuthorizationService implements OAuth2AuthorizationService {

	private final OAuth2AuthorizationService delegate = new InMemoryOAuth2AuthorizationService();

	private final Set<String> oldestFirst = new LinkedHashSet<>();

	private final int limit;

	public BoundedAuthorizationService(int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be positive, was " + limit);
		}
		this.limit = limit;
	}

	@Override
	public synchronized void save(OAuth2Authorization authorization) {
		this.delegate.save(authorization);
		this.oldestFirst.remove(authorization.getId());
		this.oldestFirst.add(authorization.getId());
		Iterator<String> oldest = this.oldestFirst.iterator();
		while (this.oldestFirst.size() > this.limit) {
			OAuth2Authorization evicted = this.delegate.findById(oldest.next());
			oldest.remove();
			if (evicted != null) {
				this.delegate.remove(evicted);
			}
		}
	}

	@Override
	public synchronized void remove(OAuth2Authorization authorization) {
		this.delegate.remove(authorization);
		this.oldestFirst.remove(authorization.getId());
	}

	@Override
	public synchronized OAuth2Authorization findById(String id) {
		return this.delegate.findById(id);
	}

	@Override
	public synchronized OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
		return this.delegate.findByToken(token, tokenType);
	}

	public synchronized int size() {
		return this.oldestFirst.size();
	}
}
