package org.smenet.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class ActorTest {

	@Test
	void economyMustBeAnIsoAlpha2Code() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Actor("Chile", "org-cl-sme-1", List.of(Role.SME)))
			.withMessageContaining("alpha-2");
	}

	@Test
	void rolesBecomeClaimStrings() {
		Actor actor = new Actor("TH", "org-th-fp-1", List.of(Role.AGENCY_CLIENT, Role.FOCAL_POINT));

		assertThat(actor.roleNames()).containsExactly("AGENCY_CLIENT", "FOCAL_POINT");
	}

	@Test
	void accountsWithoutTheirOwnPasswordUseTheDemoPassword() {
		DemoAccounts accounts = new DemoAccounts(
				List.of(new DemoAccount("sme-th", null, "TH", "org-th-sme-1", List.of(Role.SME))), "demo");

		assertThat(accounts.loadUserByUsername("sme-th").getPassword()).isEqualTo("{noop}demo");
		assertThat(accounts.actorOf("sme-th")).hasValueSatisfying((actor) -> assertThat(actor.economy()).isEqualTo("TH"));
	}
}
