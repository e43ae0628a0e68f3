package org.pecgov.web;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page shows by role is decided from the roles in the security context, as sec:authorize did.
 */
class RolesTest {

	private final Roles roles = new Roles();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aSignedInUserHasTheirRoleAndNoOther() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("chair", null,
					AuthorityUtils.createAuthorityList("ROLE_CHAIR")));

		assertThat(this.roles.signedIn()).isTrue();
		assertThat(this.roles.any("CHAIR")).isTrue();
		assertThat(this.roles.any("ADMIN, CHAIR")).isTrue();
		assertThat(this.roles.any("ADMIN,SECRETARY")).isFalse();
		assertThat(this.roles.any("CHAIRMAN")).isFalse();
	}

	@Test
	void nobodySignedInHasNoRole() {
		assertThat(this.roles.signedIn()).isFalse();
		assertThat(this.roles.any("MEMBER")).isFalse();
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
					List.copyOf(AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))));

		assertThat(this.roles.signedIn()).isFalse();
		assertThat(this.roles.any("ANONYMOUS")).isFalse();
	}

}
