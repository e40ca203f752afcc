package org.smenet.identity.account;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The seeded people, for sign-in (as a {@link UserDetailsService}) and for the claims of their tokens. */
public final class DemoAccounts implements UserDetailsService {

	private final Map<String, DemoAccount> byUsername;

	private final Map<String, Actor> actors;

	private final String demoPassword;

	public DemoAccounts(List<DemoAccount> accounts, String demoPassword) {
		this.byUsername = accounts.stream()
			.collect(Collectors.toUnmodifiableMap(DemoAccount::username, Function.identity()));
		// Building every actor now makes a bad seed (economy "Chile", missing org) fail at start-up.
		this.actors = accounts.stream()
			.collect(Collectors.toUnmodifiableMap(DemoAccount::username, DemoAccount::actor));
		this.demoPassword = demoPassword;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		DemoAccount account = this.byUsername.get(username);
		if (account == null) {
			throw new UsernameNotFoundException("no demo account " + username);
		}
		String password = account.password() == null ? this.demoPassword : account.password();
		return User.withUsername(account.username())
			.password(StoredSecret.of(password))
			.roles(account.actor().roleNames().toArray(String[]::new))
			.build();
	}

	public Optional<Actor> actorOf(String username) {
		return Optional.ofNullable(this.actors.get(username));
	}

	public int size() {
		return this.byUsername.size();
	}
}
